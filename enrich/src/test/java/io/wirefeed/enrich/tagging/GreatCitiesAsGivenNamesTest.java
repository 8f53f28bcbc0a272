package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** In Balkan copy a great city's name before a surname by its ending is a given name. */
class GreatCitiesAsGivenNamesTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aGreatCityBeforeASlavicSurnameIsAGivenName() {
        assertThat(TestTagger.tag("sr-Cyrl", "БЕОГРАД - Директор железнице Милан Костић рекао је да ће брзи воз кренути у марту.",
                DAY).countries()).doesNotContain("IT");
        assertThat(TestTagger.tag("hr", "RIJEKA - Klub je za novog trenera doveo Milana Rapajića.", DAY).countries())
                .doesNotContain("IT");
    }

    @Test
    void theCityItselfStays() {
        assertThat(TestTagger.tag("sr-Latn", "BEOGRAD - Firma izvozi nameštaj u Milano.", DAY).countries()).contains("IT");
        assertThat(NameForms.slavicSurname("rapajica")).isTrue();
        assertThat(NameForms.slavicSurname("moda")).isFalse();
    }
}
