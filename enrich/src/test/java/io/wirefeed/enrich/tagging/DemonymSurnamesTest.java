package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A demonym noun written after a given name is a surname ("Rus", "Nemec", "Poljak"), not the country. */
class DemonymSurnamesTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aDemonymAfterAGivenNameIsASurname() {
        var serbian = TestTagger.tag("sr-Latn", "Marko Rus je u ponedeljak izjavio da je projekat završen.", DAY);
        assertThat(serbian.countries()).doesNotContain("RU");
        assertThat(TestTagger.tag("sl", "Andrej Nemec je dejal, da bo podjetje zaposlilo nove delavce.", DAY).countries())
                .doesNotContain("DE");
        assertThat(TestTagger.tag("sr-Cyrl", "Душан Рус је рекао да ће радови бити завршени до краја године.", DAY).countries())
                .doesNotContain("RU");
    }

    @Test
    void theDemonymWithoutAGivenNameStillNamesTheCountry() {
        assertThat(TestTagger.tag("sr-Latn", "Rusi su u ponedeljak najavili nove mere, a Nemac je izjavio da ih podržava.", DAY).countries())
                .contains("RU", "DE");
        // "The" is a given name in some lists, and an ordinary word opening a sentence
        assertThat(TestTagger.tag("en", "The veteran reached the final on Sunday. The Serbian, 36, said his back felt better.", DAY)
                .countries()).contains("RS");
        assertThat(TestTagger.tag("en", "ZURICH - The Swiss Red Cross sent twelve doctors to the region on Monday.", DAY).countries())
                .contains("CH");
    }
}
