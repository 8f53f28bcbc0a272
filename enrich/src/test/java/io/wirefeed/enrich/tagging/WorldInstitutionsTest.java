package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** State institutions and business bodies of world copy (world-institutions.yaml), and the longer names that hold a known one. */
class WorldInstitutionsTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    private static List<String> orgs(String body) {
        return TestTagger.organisationNames("en", body, DAY);
    }

    @Test
    void aPolicyBankWhoseNameHoldsAnotherBanksIsItself() {
        assertThat(orgs("NAIROBI - The Export-Import Bank of China will lend Kenya $400 million for a new highway."))
                .containsExactly("Export-Import Bank of China");
    }

    @Test
    void aFuturesExchangeOpeningWithAnAgencysAcronymIsTheExchange() {
        assertThat(orgs("Cocoa futures on ICE Futures Europe fell 2% as rain returned to Ivory Coast."))
                .containsExactly("ICE Futures Europe");
    }

    @Test
    void aNationalWeatherServiceAndAnElectionBodyAreKnown() {
        assertThat(orgs("MANILA - PAGASA warned of heavy rain in Luzon, and the Commission on Elections delayed a recount."))
                .contains("Philippine Atmospheric, Geophysical and Astronomical Services Administration", "Commission on Elections");
    }
}
