package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A central bank, court, regulator or company written with its country's name or adjective refers to the country. */
class CountryInBodyNamesTest {
    private static final Instant DAY = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void aCentralBankNamedWithItsCountrysAdjectiveOrNameCountsTheCountry() {
        assertThat(TestTagger.tag("bg", "Българската народна банка понижи прогнозата си за растеж до 2,4 на сто.", DAY).countries())
                .containsExactly("BG");
        assertThat(TestTagger.tag("sr-Cyrl", "Народна банка Србије задржала је референтну каматну стопу.", DAY).countries())
                .containsExactly("RS");
    }

    @Test
    void anAcronymOrAPartyNamedAfterAPeopleCountsNoCountry() {
        // (a story about the bank alone is about Bulgaria: its focus, and so its countries, are BG; see FocusPass)
        assertThat(TestTagger.tag("bg", "Управителят на БНБ каза в Атина, че инфлацията в Гърция ще се забави.", DAY).countries())
                .containsExactly("GR");
        assertThat(TestTagger.tag("mk", "Демократската партија на Албанците ги напушти преговорите во Тетово.", DAY).countries())
                .doesNotContain("AL");
    }
}
