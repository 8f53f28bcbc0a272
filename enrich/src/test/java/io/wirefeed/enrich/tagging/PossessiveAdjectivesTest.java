package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A preposition opening a sentence before a possessive adjective made from a surname names no one. */
class PossessiveAdjectivesTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aPrepositionBeforeASurnamesPossessiveIsNoGivenName() {
        assertThat(TestTagger.personNames("sr-Latn", "ČAČAK - Predsednik opštine Dragan Vujošević zatražio je novac za vodovod. "
                + "Prema Vujoševićevim rečima, radovi bi trajali dve godine.", DAY)).containsExactly("Dragan Vujošević");
        assertThat(TestTagger.personNames("sr-Cyrl", "ШАБАЦ - Градоначелник Борис Лазаревић најавио је нову пијацу. "
                + "Према Лазаревићевим речима, пијаца ће бити отворена до јесени.", DAY)).containsExactly("Boris Lazarević");
    }

    @Test
    void aSurnamesPossessiveEndsNoName() {
        assertThat(NameForms.possessiveOfSurname("barisicevim")).isTrue();
        assertThat(NameForms.possessiveOfSurname("jurickinim")).isTrue();
        assertThat(NameForms.possessiveOfSurname("barisic")).isFalse();
        assertThat(NameForms.possessiveOfSurname("kovacev")).isFalse(); // a surname of its own
    }
}
