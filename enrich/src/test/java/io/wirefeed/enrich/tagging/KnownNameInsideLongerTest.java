package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A known organisation's name that only ends a longer capitalised name is part of that name, not the known body. */
class KnownNameInsideLongerTest {
    private static final Instant DAY = Instant.parse("2026-11-02T10:00:00Z");

    private static List<String> orgs(String body) {
        return TestTagger.organisationNames("en", body, DAY);
    }

    @Test
    void theLongerNameTheKnowledgeBaseLacksIsTheOrganisation() {
        assertThat(orgs("A new group, the Green Future Movement, registered in Podgorica on Friday ahead of Montenegro's local vote."))
                .contains("Green Future Movement").doesNotContain("Future Movement");
    }

    @Test
    void aKnownNameAfterACountryOrAtTheStartOfASentenceStays() {
        assertThat(orgs("BELGRADE - The Socialist Party of Serbia said on Monday it would back the budget."))
                .contains("Socialist Party of Serbia");
        assertThat(orgs("In Beirut, the Future Movement said it would boycott the session of the Lebanese parliament."))
                .contains("Future Movement");
    }

    @Test
    void aWordThatDescribesTheKnownBodyIsNoPartOfItsName() {
        assertThat(orgs("ANKARA - The pro-Kurdish Peoples' Democratic Party said its mayors had been removed from office."))
                .containsExactly("Peoples' Democratic Party (Turkey)");
        assertThat(orgs("CAIRO - The Salafist Al-Nour Party said it would field candidates in every district of Egypt."))
                .containsExactly("Al-Nour Party");
    }

    @Test
    void aKnownBankAfterTwoHyphenedCapitalisedHalvesIsPartOfALongerName() {
        assertThat(orgs("BANGKOK - The Export-Import Bank of Thailand will lend more to small exporters, it said."))
                .containsExactly("Export-Import Bank of Thailand");
    }

    @Test
    void aKnownAcronymOpeningAnotherFirmsNameIsNotThatBody() {
        assertThat(orgs("ASTANA - A freight terminal will be built by RZD Logistics, the company said on Monday."))
                .doesNotContain("Russian Railways");
    }
}
