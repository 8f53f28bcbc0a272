package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An acronym in brackets after a name ending in "Agency" is that body's, not a news agency named after the word. */
class DefinedAcronymOfAgencyTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void anAgencysAcronymIsReportedOnceUnderItsName() {
        assertThat(TestTagger.organisationNames("en", "WINDHOEK - The Namib Fisheries Licensing Agency (NFLA) suspended "
                + "six trawler permits on Monday. The NFLA said the boats had exceeded their quotas.", DAY))
                .containsExactly("Namib Fisheries Licensing Agency");
    }
}
