package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import io.wirefeed.model.EnrichedStory;
import io.wirefeed.model.EnrichedStory.OrganisationTag;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Names that are plurals in the South Slavic languages are found in their plural cases, and armed forces name their state. */
class PluralNamesTest {
    private static final Instant DAY = Instant.parse("2026-11-02T10:00:00Z");

    @Test
    void pluralNamesInTheirCases() {
        EnrichedStory s = TestTagger.tag("bs", "Ministar je najavio povećanje plata u Oružanim snagama BiH, a izaslanik je "
                + "govorio u Ujedinjenim nacijama.", DAY);
        assertThat(s.organisations()).extracting(OrganisationTag::name)
                .contains("Armed Forces of Bosnia and Herzegovina", "United Nations");
        assertThat(s.countries()).contains("BA");
        assertThat(TestTagger.tag("hr", "Ministar je u petak otputovao u Ujedinjene Arapske Emirate, a zatim u Katar.", DAY)
                .countries()).contains("AE", "QA");
    }
}
