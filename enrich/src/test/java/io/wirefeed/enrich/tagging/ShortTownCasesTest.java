package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Towns of three letters in South Slavic copy are declined like other masculine nouns: "u Boru" is Bor in Serbia,
 * not another town's other name in a case form (Borovo in Croatia is also "Boro").
 */
class ShortTownCasesTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aThreeLetterTownInACaseIsThatTown() {
        assertThat(TestTagger.tag("sr-Latn", "Rudari u Boru najavili su štrajk upozorenja.", DAY).countries())
                .containsExactly("RS");
        assertThat(TestTagger.tag("sr-Cyrl", "Нова фабрика у Бору запослиће 400 радника.", DAY).countries())
                .containsExactly("RS");
        assertThat(TestTagger.tag("sr-Latn", "Putari su počeli radove na putu do Bora.", DAY).countries())
                .containsExactly("RS");
    }

    @Test
    void onlyNamesOfThreeLettersInCountriesThatDeclineThemGetTheForms() {
        assertThat(PlaceCaseForms.shortNameCases("Bor", "RS")).containsExactly("Bora", "Boru", "Borom");
        assertThat(PlaceCaseForms.shortNameCases("Kos", "GR")).isEmpty();
        assertThat(PlaceCaseForms.shortNameCases("Peć", "XK")).isEmpty();
        assertThat(PlaceCaseForms.shortNameCases("Leu", "RO")).isEmpty();
    }
}
