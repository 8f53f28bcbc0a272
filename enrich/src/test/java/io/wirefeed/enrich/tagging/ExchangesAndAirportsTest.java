package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Exchanges and airports the knowledge base lacks, named by a place or a name before generic words and the head. */
class ExchangesAndAirportsTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aPlaceBeforeGenericWordsAndTheHeadNamesOne() {
        assertThat(TestTagger.organisationNames("en", "NAIROBI - The operator of Kisumu International Airport said it would "
                + "expand, while shares rose on the Tashkent Republican Stock Exchange.", DAY))
                .contains("Kisumu International Airport", "Tashkent Republican Stock Exchange");
    }

    @Test
    void genericWordsAloneNameNone() {
        assertThat(TestTagger.organisationNames("en", "LONDON - Traders on the Stock Exchange watched Foreign Exchange rates "
                + "as the International Airport reopened.", DAY)).isEmpty();
    }
}
