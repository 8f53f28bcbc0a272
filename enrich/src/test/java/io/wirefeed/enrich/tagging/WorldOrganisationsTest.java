package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import io.wirefeed.model.EnrichedStory;
import io.wirefeed.model.EnrichedStory.OrganisationTag;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The knowledge base's organisations of the world (kb/organisations/*.yaml) as the tagger reads them, on
 * sentences written for the test: bodies that are easily confused stay apart, and a party name that several
 * countries' parties share counts only for the country the story is about.
 */
class WorldOrganisationsTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    private static List<String> orgIds(String body) {
        EnrichedStory s = TestTagger.tag(null, body, DAY);
        return s.organisations().stream().map(OrganisationTag::id).toList();
    }

    private static List<String> orgNames(String body) {
        return TestTagger.tag(null, body, DAY).organisations().stream().map(OrganisationTag::name).toList();
    }

    @Test
    void aBracketedCountryIsNoPartOfTheRecordsNameUnlessANamesakeNeedsIt() {
        assertThat(orgNames("LJUBLJANA - The Freedom Movement won most seats in Slovenia's election on Sunday."))
                .contains("Freedom Movement").doesNotContain("Freedom Movement (Slovenia)");
        assertThat(orgNames("MEXICO CITY - Mexico sent the National Guard to the border on Friday."))
                .contains("National Guard of Mexico");
        assertThat(orgNames("WASHINGTON - The Democratic Party chose its candidate for the US Senate race in Ohio."))
                .contains("Democratic Party (United States)");
    }

    @Test
    void aNationalRedCrossSocietyIsNoICRC() {
        assertThat(orgIds("NAIROBI - The Kenya Red Cross said on Monday it had rescued 40 people from floods, while the "
                + "Turkish Red Crescent sent tents to the north.")).contains("org:ke-red-cross", "org:tr-red-crescent")
                .doesNotContain("org:red-cross");
    }

    @Test
    void aCountrysWordBeforeRedCrossNamesItsOwnSociety() {
        assertThat(orgNames("BERN - The Swiss Red Cross sent 20 doctors to the flooded region on Monday, while the "
                + "Red Cross in Geneva appealed for funds.")).contains("Swiss Red Cross", "International Committee of the Red Cross");
        assertThat(orgNames("BERN - The Swiss Red Cross sent 20 doctors to the flooded region on Monday."))
                .containsExactly("Swiss Red Cross");
    }

    @Test
    void exchangesBroadcastersAndListedCompaniesOfWorldMarketsAreKnown() {
        assertThat(orgIds("LAGOS - Dangote Cement led gains on the Nigerian Exchange on Tuesday, and MTN Nigeria rose 2%, "
                + "state broadcaster NTA said. In Nairobi, Safaricom shares rose on the Nairobi Securities Exchange."))
                .contains("org:dangote-cement", "org:ngx", "org:mtn-nigeria", "org:safaricom", "org:nse-kenya");
    }

    @Test
    void theThreeEuropeanCouncilsAreThreeBodies() {
        assertThat(orgIds("Leaders at the European Council backed the plan on Thursday, ministers at the Council of the "
                + "European Union will adopt it next month, and the Council of Europe warned about its effect on asylum seekers."))
                .contains("org:european-council", "org:council-of-the-eu", "org:council-of-europe");
    }

    @Test
    void theEuCourtAndTheStrasbourgHumanRightsCourtAreTwoCourts() {
        assertThat(orgIds("The ruling of the Court of Justice of the European Union follows one by the European Court of "
                + "Human Rights last year.")).contains("org:court-of-justice-eu", "org:echr");
    }

    @Test
    void aSharedPartyNameCountsForTheCountryTheStoryIsAbout() {
        assertThat(orgIds("TOKYO - Japan's ruling Liberal Democratic Party chose a new leader on Saturday."))
                .contains("org:ldp-jp").doesNotContain("org:ldp-rs");
        assertThat(orgIds("DUBLIN - The Labour Party said Ireland's budget fails renters.")).contains("org:labour-ie")
                .doesNotContain("org:labour-uk");
        assertThat(orgIds("COPENHAGEN - The Social Democrats won most seats in Denmark's local elections."))
                .contains("org:social-democrats-dk").doesNotContain("org:sd");
    }

    @Test
    void anOwnNameOfACountryTheStoryDoesNotNameYieldsToTheQualifiedNameOfOneItNames() {
        assertThat(orgIds("CAIRO - Egypt's Republican People's Party said it would back the budget."))
                .contains("org:republican-peoples-party-eg").doesNotContain("org:chp");
        assertThat(orgIds("ANKARA - Turkey's Republican People's Party said it would vote against the budget."))
                .contains("org:chp").doesNotContain("org:republican-peoples-party-eg");
        assertThat(orgIds("ACCRA - Ghana's Trades Union Congress called a strike.")).contains("org:tuc-gh").doesNotContain("org:tuc");
        assertThat(orgIds("LILONGWE - Malawi's Democratic Progressive Party chose a candidate.")).contains("org:dpp-mw")
                .doesNotContain("org:dpp-tw");
    }

    @Test
    void aSharedPartyNameInAStoryAboutNoCountryNamesNoParty() {
        assertThat(orgIds("The Labour Party and the Social Democrats issued a joint statement on Monday.")).isEmpty();
    }

    @Test
    void nationalBodiesOfTheWiderWorldAreFoundUnderTheirOwnNames() {
        assertThat(orgIds("ABUJA - The Central Bank of Nigeria raised rates as the Nigeria Labour Congress called a strike."))
                .contains("org:cbn", "org:nlc");
        assertThat(orgIds("The Bank of Japan and the Reserve Bank of India held rates, while the Bundesbank warned of a recession."))
                .contains("org:bank-of-japan", "org:rbi", "org:bundesbank");
        assertThat(orgIds("Die Bundesregierung und das Bundesverfassungsgericht stritten über den Haushalt."))
                .contains("org:federal-constitutional-court-de");
    }

    @Test
    void anAcronymTwoCountriesUnionsShareIsNoOnesAcronym() {
        assertThat(orgIds("LAGOS - The TUC said talks with the government had failed.")).isEmpty();
    }
}
