package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import io.wirefeed.model.EnrichedStory;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A country's name that English gives to people (Chad, Jordan) opens a person's name before a surname. */
class CountriesAsGivenNamesTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    private static EnrichedStory tag(String body) {
        return TestTagger.tag("en", body, DAY);
    }

    @Test
    void beforeAWordNoDictionaryListsItIsAPerson() {
        EnrichedStory s = tag("Local union president Chad Kowalski told reporters the offer was not enough.");
        assertThat(s.countries()).doesNotContain("TD");
        assertThat(s.people()).extracting(EnrichedStory.PersonTag::name).contains("Chad Kowalski");
        assertThat(tag("Opener Jordan Kellaway made an unbeaten century on Saturday.").countries())
                .doesNotContain("JO");
    }

    @Test
    void beforeAnEnglishWordItStaysTheCountry() {
        assertThat(tag("Farmers in the Jordan Valley and around the Chad Basin lost their crops.").countries())
                .contains("TD");
        assertThat(tag("Georgia Governor Brian Kemp signed the bill on Tuesday.").countries()).containsExactly("US");
    }
}
