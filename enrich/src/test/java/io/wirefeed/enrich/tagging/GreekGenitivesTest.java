package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import io.wirefeed.model.EnrichedStory;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Names written in Greek are found in the Greek genitive: -ου (folded "oy"), -ας, -ης. */
class GreekGenitivesTest {
    private static final Instant DAY = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void aPartyAndAPersonInTheGenitiveAreFound() {
        EnrichedStory s = TestTagger.tag("el", "Οι βουλευτές της Νέας Δημοκρατίας σχολίασαν τις δηλώσεις του Κωνσταντίνου Κόμπου.", DAY);
        assertThat(s.organisations()).extracting(EnrichedStory.OrganisationTag::name).contains("New Democracy");
        assertThat(s.people()).extracting(EnrichedStory.PersonTag::name).contains("Constantinos Kombos");
    }

    @Test
    void aNameWrittenInLatinGetsNoGreekGenitive() {
        EnrichedStory s = TestTagger.tag("en", "Hamas said on Monday that the talks in Cairo would resume.", DAY);
        assertThat(s.countries()).doesNotContain("SY");
    }
}
