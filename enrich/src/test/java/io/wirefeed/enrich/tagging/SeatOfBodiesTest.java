package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import io.wirefeed.model.EnrichedStory;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A city that stands for a body ("Brussels" for the EU) names the body only when it acts, not as the scene. */
class SeatOfBodiesTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    private static EnrichedStory tag(String language, String body) {
        return TestTagger.tag(language, body, DAY);
    }

    @Test
    void theSeatAsTheSceneIsNeitherTheBodyNorItsHostCountry() {
        EnrichedStory s = tag("hr", "Ministar se u Bruxellesu sastao s kolegama iz regije.");
        assertThat(s.organisations()).isEmpty();
        assertThat(s.countries()).doesNotContain("BE");
        assertThat(tag("en", "The prime minister met farmers' leaders in Brussels on Monday.").organisations())
                .isEmpty();
    }

    @Test
    void theSeatThatActsIsTheBody() {
        assertThat(tag("en", "Brussels warned Belgrade that the talks could stall.").organisations())
                .extracting(EnrichedStory.OrganisationTag::name).contains("European Union");
    }
}
