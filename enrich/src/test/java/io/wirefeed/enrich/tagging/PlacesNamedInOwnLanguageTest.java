package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Where the story's own language decides a place: a town's name two countries share is the one of the country whose
 * language the story is written in, and a country's name that is an ordinary word of that language, opening a
 * sentence, is the word unless the story refers to the country again.
 */
class PlacesNamedInOwnLanguageTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aNamesakeInTheCountryOfTheStorysLanguageWins() {
        assertThat(TestTagger.tag("bg", "В Димитровград откриха нов парк край реката.", DAY).countries())
                .containsExactly("BG");
        assertThat(TestTagger.tag("hr", "U Slatini je otvorena nova tvornica namještaja.", DAY).countries())
                .containsExactly("HR");
    }

    @Test
    void withoutTheLanguageTheLargerNamesakeStays() {
        assertThat(TestTagger.tag("sr-Latn", "U Novom Pazaru je počela izgradnja nove bolnice.", DAY).countries())
                .containsExactly("RS");
        assertThat(TestTagger.tag("en", "Heavy rain flooded ranches across Montana on Sunday.", DAY).countries())
                .containsExactly("US");
    }

    @Test
    void aCountrysNameThatIsAnOrdinaryWordOpeningASentenceIsTheWord() {
        assertThat(TestTagger.tag("sr-Latn", "Fudbaleri su pobedili u Kruševcu. Mali broj navijača došao je na utakmicu.",
                DAY).countries()).doesNotContain("ML");
        assertThat(TestTagger.tag("sl", "Obrtniki so v Ljubljani protestirali. Mali podjetniki pravijo, da bodo odpuščali.",
                DAY).countries()).doesNotContain("ML");
    }

    @Test
    void theCountryReferredToAgainStays() {
        assertThat(TestTagger.tag("sr-Latn", "Mali je zatvorio granicu sa Nigerom. Vlasti u Bamaku saopštile su da je "
                + "poginulo 12 vojnika.", DAY).countries()).contains("ML");
        assertThat(TestTagger.tag("hr", "Mali je proglasio izvanredno stanje. Vlada Malija navela je da će mjere trajati "
                + "tri mjeseca.", DAY).countries()).contains("ML");
    }
}
