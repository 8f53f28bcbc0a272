package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import io.wirefeed.model.EnrichedStory;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Demonyms written in Greek or Cyrillic are matched through their romanisation, declined; a lower-case Latin
 * word that only such a form explains is an ordinary word, not a country.
 */
class RomanisedDemonymsTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    private static List<String> countries(String body, String language) {
        EnrichedStory s = TestTagger.tag(language, body, DAY);
        return s.countries();
    }

    @Test
    void anEnglishWordThatIsARomanisedGreekDemonymFormIsNoCountry() {
        assertThat(countries("The new ferry line will serve the islands from June, the port authority in Piraeus said.", "en"))
                .doesNotContain("RS");
    }

    @Test
    void theDemonymInItsOwnScriptStillCounts() {
        assertThat(countries("Ο Σέρβος πρόεδρος επισκέφθηκε την Αθήνα.", "el")).contains("RS");
    }
}
