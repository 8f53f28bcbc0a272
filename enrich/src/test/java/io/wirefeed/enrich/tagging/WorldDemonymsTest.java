package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Countries beyond the great powers and neighbours by their demonyms, and the nations of the United Kingdom. */
class WorldDemonymsTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void demonymsOfCountriesTheNewsNamesLessOften() {
        assertThat(TestTagger.tag("en", "A Ghanaian midfielder and two Peruvian defenders joined the club on Friday.", DAY).countries())
                .contains("GH", "PE");
        assertThat(TestTagger.tag("bg", "Южнокорейската компания откри завод, а испанецът подписа договор.", DAY).countries())
                .contains("KR", "ES");
        assertThat(TestTagger.tag("sr-Latn", "Nigerijac je potpisao ugovor, a Meksikanci su izgubili.", DAY).countries())
                .contains("NG", "MX");
        assertThat(TestTagger.tag("el", "Η ιαπωνική εταιρεία υπέγραψε με τον Πολωνό επενδυτή.", DAY).countries()).contains("JP", "PL");
    }

    @Test
    void theNationsOfTheUnitedKingdomAreGreatBritain() {
        assertThat(TestTagger.tag("en", "Heavy snow closed roads across Scotland, and Welsh farmers protested.", DAY).countries())
                .containsExactly("GB");
        assertThat(TestTagger.tag("sl", "Na Škotskem je sneg zaprl več cest.", DAY).countries()).containsExactly("GB");
        assertThat(TestTagger.tag("en", "Snow fell across New England on Tuesday.", DAY).countries()).containsExactly("US");
    }
}
