package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The great universities of Sofia, Skopje, Thessaloniki and Athens and the Greek coast guard, as their own copy names them. */
class BalkanUniversitiesTest {
    private static final Instant DAY = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void universitiesNamedInTheirOwnLanguageAndCase() {
        assertThat(TestTagger.organisationNames("bg", "Ректорът на Софийския университет откри новата библиотека.", DAY))
                .contains("Sofia University");
        assertThat(TestTagger.organisationNames("mk", "Универзитетот „Св. Кирил и Методиј“ отвори нов студентски дом.", DAY))
                .contains("Ss. Cyril and Methodius University of Skopje");
        assertThat(TestTagger.organisationNames("el", "Ερευνητές του Αριστοτέλειου Πανεπιστημίου Θεσσαλονίκης παρουσίασαν τη μελέτη.", DAY))
                .contains("Aristotle University of Thessaloniki");
    }

    @Test
    void theCoastGuardByItsShortName() {
        assertThat(TestTagger.organisationNames("el", "Σκάφος του Λιμενικού διέσωσε 40 μετανάστες ανοιχτά της Κρήτης.", DAY))
                .containsExactly("Hellenic Coast Guard");
    }
}
