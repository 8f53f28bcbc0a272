package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** "St Petersburg" is a short form of "Saint Petersburg" as much as of Florida's "St. Petersburg". */
class SaintPlaceNamesTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void theShortFormOfSaintReachesEveryNamesake() {
        assertThat(TestTagger.tag("en", "A court in St Petersburg jailed a Russian activist on Monday.", DAY).countries())
                .containsExactly("RU");
    }

    @Test
    void theStoryStillChoosesTheOtherNamesake() {
        assertThat(TestTagger.tag("en", "Tourists in St. Petersburg, Florida, watched the launch from the beach.", DAY)
                .countries()).containsExactly("US");
    }
}
