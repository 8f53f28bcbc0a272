package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The great powers and neighbours by their demonyms in Greek, Bulgarian, Macedonian and Slovenian copy, and
 * Moldova among the Balkans the desks follow.
 */
class NeighbourDemonymsTest {
    private static final Instant DAY = Instant.parse("2026-11-02T10:00:00Z");

    @Test
    void demonymsInGreekBulgarianMacedonianAndSlovenian() {
        assertThat(TestTagger.tag("el", "Ο υπουργός συναντήθηκε με τον Τούρκο ομόλογό του και τον Ρώσο πρέσβη.", DAY).countries())
                .contains("TR", "RU");
        assertThat(TestTagger.tag("bg", "Министърът разговаря с германския посланик и с американски дипломати.", DAY).countries())
                .contains("DE", "US");
        assertThat(TestTagger.tag("sl", "Minister se je sestal z ameriškim veleposlanikom in madžarskim kolegom.", DAY).countries())
                .contains("US", "HU");
    }

    @Test
    void aStoryAboutMoldovaIsABalkanStory() {
        assertThat(TestTagger.tag("en", "CHISINAU - Moldova's parliament approved the budget on Thursday. Moldova expects EU funds.", DAY)
                .focus().regions()).contains("balkans");
    }
}
