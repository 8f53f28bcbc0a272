package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import io.wirefeed.model.EnrichedStory;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Macedonian and Bulgarian write "the" as a suffix: the knowledge base's names match in their definite forms. */
class DefiniteFormsTest {
    private static final Instant DAY = Instant.parse("2026-11-02T10:00:00Z");

    private static EnrichedStory tag(String language, String body) {
        return TestTagger.tag(language, body, DAY);
    }

    @Test
    void aMacedonianBodyInItsDefiniteForm() {
        EnrichedStory s = tag("mk", "Собранието на Северна Македонија ја усвои одлуката во четвртокот.");
        assertThat(s.organisations()).extracting(EnrichedStory.OrganisationTag::name).contains("Assembly of North Macedonia");
    }

    @Test
    void aBodyInsideATitleIsStillNamed() {
        EnrichedStory s = tag("mk", "Претседателот на Собранието ја закажа седницата за понеделник, соопштија од Скопје.");
        assertThat(s.organisations()).extracting(EnrichedStory.OrganisationTag::name).contains("Assembly of North Macedonia");
    }

    @Test
    void bulgarianBodiesInTheirDefiniteForms() {
        EnrichedStory s = tag("bg", "Европейската комисия одобри плана, а Народното събрание ще го обсъди в сряда.");
        assertThat(s.organisations()).extracting(EnrichedStory.OrganisationTag::name)
                .contains("European Commission", "National Assembly of Bulgaria");
    }
}
