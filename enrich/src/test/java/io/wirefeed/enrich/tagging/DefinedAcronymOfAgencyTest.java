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

    @Test
    void anAcronymTheStoryDefinesForOtherWordsIsNotTheKnowledgeBasesBody() {
        // ESM is also the European Stability Mechanism's acronym in the knowledge base
        assertThat(TestTagger.organisationNames("en", "The Eastern Shipyards of Mombasa (ESM) laid off 200 workers on "
                + "Monday. ESM blamed a fall in orders.", DAY))
                .doesNotContain("European Stability Mechanism");
        assertThat(TestTagger.organisationNames("en", "Ministers of the European Stability Mechanism (ESM) met on Monday. "
                + "The ESM has lent to five states.", DAY))
                .contains("European Stability Mechanism");
        // a name cut short is still the body's own: the knowledge base has the Christian Social Union
        assertThat(TestTagger.organisationNames("en", "A minister of the Christian Social Union (CSU) said the Dayton Peace "
                + "Agreement (DPA) must stay.", DAY))
                .contains("Christian Social Union").doesNotContain("Deutsche Presse-Agentur");
    }
}
