package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** English copy does not decline names: a case form of a town's name in an English sentence is no town. */
class UndeclinedEnglishPlacesTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aCaseFormOfAForeignTownInEnglishIsNoTown() {
        assertThat(TestTagger.tag("en", "Opposition MP Tena Marušić criticised higher defence spending in Croatia.", DAY)
                .countries()).containsExactly("HR");
    }

    @Test
    void theTownAsWrittenStays() {
        assertThat(TestTagger.tag("en", "Farmers near Teni in southern India said the rains came late.", DAY).countries())
                .containsExactly("IN");
    }

    @Test
    void aSentenceInAnotherLanguageKeepsItsCaseForms() {
        // a short Slovenian story the detector may take for English
        assertThat(TestTagger.tag("en", "Minister Janez Kralj je to povedal v Mariboru.", DAY).countries())
                .containsExactly("SI");
    }
}
