package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A demonym next to a word for a party or for descent names a community, not its state, unless the story names the
 * state otherwise (ANNOTATION: ethnic words for a minority living elsewhere are no country). Over the real knowledge base.
 */
class CommunityDemonymsTest {
    private static final Instant DAY = Instant.parse("2026-12-08T10:00:00Z");

    private static List<String> countries(String language, String body) {
        return TestTagger.tag(language, body, DAY).countries();
    }

    @Test
    void aMinoritysPartiesNameNoState() {
        assertThat(countries("en", "In Skopje, the Albanian opposition said it would vote against the budget. "
                + "The Albanian opposition has twelve seats.")).containsExactly("MK");
        assertThat(countries("sr-Latn", "Predsednik hrvatske stranke u Subotici podržao je budžet.")).containsExactly("RS");
        assertThat(countries("sq", "Opozita shqiptare në Shkup kërkoi zgjedhje.")).containsExactly("MK");
    }

    @Test
    void descentNamesNoState() {
        assertThat(countries("el", "Ο δήμαρχος, ελληνικής καταγωγής, επανεξελέγη στο Τορόντο.")).containsExactly("CA");
    }

    @Test
    void theStatesOppositionCountsWhenTheStateIsNamed() {
        assertThat(countries("sr-Latn", "Srpska opozicija najavila je protest, a Srbija je u političkoj krizi.")).containsExactly("RS");
    }
}
