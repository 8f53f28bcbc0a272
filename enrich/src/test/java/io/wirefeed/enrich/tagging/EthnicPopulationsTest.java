package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import io.wirefeed.model.EnrichedStory;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A demonym next to a word for a people living somewhere names the people, not its state, unless the story names
 * the state too: "the Albanian population" of a Macedonian town is no Albania.
 */
class EthnicPopulationsTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    private static EnrichedStory tag(String language, String body) {
        return TestTagger.tag(language, body, DAY);
    }

    @Test
    void aDemonymBeforeAPopulationNounNamesNoState() {
        assertThat(tag("mk", "Владата на Северна Македонија ќе гради училишта во општините со мнозинско албанско население.")
                .countries()).containsExactly("MK");
        assertThat(tag("hr", "U Vukovaru srpsko stanovništvo čini gotovo trećinu stanovnika.").countries()).containsExactly("HR");
    }

    @Test
    void aDemonymAfterAPopulationNounNamesNoStateEither() {
        assertThat(tag("sq", "Zgjedhjet u mbajtën në komunat e Kosovës me popullsi serbe.").countries()).containsExactly("XK");
    }

    @Test
    void aNationalOrEthnicAdjectiveMayStandBetweenTheDemonymAndItsPeople() {
        assertThat(tag("sl", "Poslanca madžarske narodne skupnosti in italijanske narodne skupnosti sta glasovala proti.")
                .countries()).isEmpty();
        assertThat(tag("hr", "Predstavnici srpske nacionalne manjine sastali su se u Vukovaru.").countries()).containsExactly("HR");
        assertThat(tag("en", "Leaders of the Turkish ethnic minority in Bulgaria met in Kardzhali.").countries()).containsExactly("BG");
    }

        @Test
    void theStateCountsWhereTheStoryNamesItToo() {
        assertThat(tag("en", "Serbia's president met leaders of the Serbian community in Kosovo.").countries())
                .containsExactlyInAnyOrder("RS", "XK");
    }
}
