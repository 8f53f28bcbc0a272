package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A town in the genitive or a body's name before a person's full name is no part of it. */
class GenitiveTownsBeforeNamesTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aTownReadAsAGivenNameBeforeAFullNameIsTheTown() {
        String text = "Zamenik gradonačelnika Niša Marko Stanković rekao je da počinje izgradnja.";
        assertThat(TestTagger.personNames("sr-Latn", text, DAY)).containsExactly("Marko Stanković");
        assertThat(TestTagger.tag("sr-Latn", text, DAY).countries()).contains("RS");
    }

    @Test
    void aGivenNamesCaseFormBeforeANominativeGivenNameOpensNoName() {
        assertThat(TestTagger.personNames("sl", "Župan Gorice Luca Bressan je dejal, da bo most odprt jeseni.", DAY))
                .containsExactly("Luca Bressan");
    }

    @Test
    void aBodysHeadInACaseOpensNoName() {
        assertThat(TestTagger.personNames("bs", "Predsjednik Sindikata Rudnika izjavio je da radnici traže veće plate.", DAY)).isEmpty();
    }

    @Test
    void aSurnameInAcInTheGenitiveMakesTheGivenNameAMans() {
        java.util.Set<String> firstNames = java.util.Set.of("zdravko", "zdravka");
        assertThat(NameForms.nominative("Zdravka Jelinca", "hr", firstNames)).isEqualTo("Zdravko Jelinac");
        assertThat(NameForms.nominative("Zdravka Jelinac", "hr", firstNames)).isEqualTo("Zdravka Jelinac");
        assertThat(NameForms.latin("Фелипе Монтейро", "bg")).isEqualTo("Felipe Monteiro");
    }
}
