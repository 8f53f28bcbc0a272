package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An unknown name that opens a sentence or follows the dateline of English copy. */
class NamesOpeningASentenceTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aNameRightAfterTheDatelineDashIsAPerson() {
        assertThat(TestTagger.personNames("en", "KISUMU - Achieng Odhiambo was arrested after the march on Tuesday.", DAY))
                .containsExactly("Achieng Odhiambo");
    }

    @Test
    void aTownsNameAfterAGivenNameOpeningTheSentenceIsTheSurname() {
        String text = "NAIROBI - Wanjiru Kamau was detained after a protest over fuel prices.";
        assertThat(TestTagger.personNames("en", text, DAY)).containsExactly("Wanjiru Kamau");
        assertThat(TestTagger.tag("en", text, DAY).countries()).containsExactly("KE");
    }

    @Test
    void unlistedWordsAfterByOrBeforeAPlayersVerbAreAPerson() {
        assertThat(TestTagger.personNames("en", "ADDIS ABABA - A film by Tariku Wondimagegn won the top prize on Sunday.", DAY))
                .containsExactly("Tariku Wondimagegn");
        assertThat(TestTagger.personNames("en", "CHATTOGRAM - Bangladesh lost by six wickets. Sabbir Rahmanullah top-scored "
                + "with 61.", DAY)).containsExactly("Sabbir Rahmanullah");
    }
}
