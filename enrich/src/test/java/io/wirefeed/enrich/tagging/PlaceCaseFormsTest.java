package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Case forms of Balkan towns that the suffix rules alone miss: the fleeting vowel and the Greek genitive. */
class PlaceCaseFormsTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    private static List<String> countries(String language, String body) {
        return TestTagger.tag(language, body, DAY).countries();
    }

    @Test
    void makesTheFormsOfFleetingVowelsAndGreekGenitives() {
        assertThat(PlaceCaseForms.of("zadar", false)).containsExactly("zadra");
        assertThat(PlaceCaseForms.of("cacak", false)).containsExactly("cacka");
        assertThat(PlaceCaseForms.of("beograd", false)).isEmpty();
        assertThat(PlaceCaseForms.of("volos", true)).containsExactly("voloy");
        assertThat(PlaceCaseForms.of("larisa", true)).containsExactly("larisas");
    }

    @Test
    void aTownWithAFleetingVowelIsFoundDeclined() {
        assertThat(countries("hr", "Vatrogasci iz Zadra ugasili su požar kod luke.")).containsExactly("HR");
        assertThat(countries("sr-Latn", "Sajam knjiga u Čačku otvoren je u petak.")).containsExactly("RS");
    }

    @Test
    void aGreekTownIsFoundInTheGenitive() {
        assertThat(countries("el", "Ο δήμαρχος της Λάρισας εγκαίνιασε νέο πάρκο.")).containsExactly("GR");
        assertThat(countries("el", "Τα πλοία του Ηρακλείου έμειναν δεμένα στο λιμάνι.")).containsExactly("GR");
    }
}
