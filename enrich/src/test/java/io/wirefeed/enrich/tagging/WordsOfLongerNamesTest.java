package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * In English, a town named by an ordinary word, next to another capitalised word no match covers, is a word of a
 * longer name: "Independence Square" in Kyiv is no Independence in Missouri.
 */
class WordsOfLongerNamesTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void anOrdinaryWordBeforeAnotherCapitalisedWordIsNoTown() {
        assertThat(TestTagger.tag("en", "Protesters gathered on Independence Square in Kyiv on Monday.", DAY).countries())
                .containsExactly("UA");
    }

    @Test
    void theTownStaysWhereTheStoryRefersToItsCountry() {
        assertThat(TestTagger.tag("en", "Voters in Independence Township backed the plan, US officials said.", DAY)
                .countries()).containsExactly("US");
    }
}
