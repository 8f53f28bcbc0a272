package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A state's or province's own bodies named by the state first: its highest court and its branch of a national party. */
class StateBodiesTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    private static List<String> orgs(String body) {
        return TestTagger.organisationNames("en", body, DAY);
    }

    @Test
    void aStatesSupremeCourtIsNamedAsItNamesItself() {
        assertThat(orgs("DENVER - The Colorado Supreme Court heard arguments over the new map on Tuesday."))
                .containsExactly("Supreme Court of Colorado");
    }

    @Test
    void aStatesPartyIsNoNationalParty() {
        assertThat(orgs("PHOENIX - The Arizona Republican Party elected a new chair on Saturday."))
                .containsExactly("Arizona Republican Party");
    }

    @Test
    void theNationalPartyStays() {
        assertThat(orgs("PHOENIX - The Republican Party won both seats in Arizona on Tuesday."))
                .containsExactly("Republican Party (United States)");
    }

    @Test
    void aStatesPartyAfterADatelineIsNoOtherCountrysParty() {
        assertThat(orgs("ATLANTA - The Georgia Republican Party elected a new chair on Saturday."))
                .containsExactly("Georgia Republican Party");
    }

    @Test
    void theStateSupremeCourtIsTheStatesNotTheCountrys() {
        assertThat(orgs("DENVER - The case now goes to the state Supreme Court. The Colorado Supreme Court has not set a date."))
                .containsExactly("Supreme Court of Colorado");
    }
}
