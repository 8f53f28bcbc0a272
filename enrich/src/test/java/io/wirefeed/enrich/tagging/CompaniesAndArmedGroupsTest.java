package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import io.wirefeed.model.EnrichedStory;
import io.wirefeed.model.EnrichedStory.OrganisationTag;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Companies (kb/organisations/companies.yaml), armed groups, religious communities and news agencies credited
 * by a name that is also a word, as the tagger reads them on sentences written for the test; and a company
 * name the knowledge base leaves out because it is an ordinary word or a place.
 */
class CompaniesAndArmedGroupsTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    private static List<String> orgIds(String body) {
        EnrichedStory s = TestTagger.tag(null, body, DAY);
        return s.organisations().stream().map(OrganisationTag::id).toList();
    }

    @Test
    void carmakersAndMinersAreFoundByTheirUsualNames() {
        assertThat(orgIds("FRANKFURT - Shares in Volkswagen and BMW fell on Tuesday after Stellantis, which makes Fiat "
                + "cars in Kragujevac, cut its forecast; Rio Tinto and Zijin Mining gained."))
                .contains("org:volkswagen", "org:bmw", "org:stellantis", "org:fiat", "org:rio-tinto", "org:zijin-mining");
    }

    @Test
    void foreignCompaniesAreFoundAsSerbianCopyWritesThem() {
        assertThat(orgIds("BEOGRAD - Kineska kompanija Ziđin najavila je nova ulaganja u Boru, a nemački Simens "
                + "otvara fabriku u Subotici."))
                .contains("org:zijin-mining", "org:siemens");
    }

    @Test
    void armedGroupsAreFoundUnderTheirOtherNamesAndAcronyms() {
        assertThat(orgIds("The militants, who pledged allegiance to Daesh, fought the YPG in northern Syria while "
                + "Ankara struck the PKK in Iraq.")).contains("org:islamic-state", "org:ypg", "org:pkk");
        assertThat(orgIds("ISIL claimed the attack, its news outlet said.")).contains("org:islamic-state");
        assertThat(orgIds("The Israel Defence Forces said its jets struck a depot near Tyre.")).contains("org:idf");
    }

    @Test
    void serbiasTwoIslamicCommunitiesStayApart() {
        assertThat(orgIds("NOVI PAZAR - The Islamic Community in Serbia rejected the decision, while the Islamic "
                + "Community of Serbia welcomed it."))
                .contains("org:islamic-community-in-serbia", "org:islamic-community-of-serbia");
    }

    @Test
    void agenciesNamedByAWordOrInLowerCaseCountWhereCredited() {
        assertThat(orgIds("BELGRADE - The minister resigned on Friday, the Beta agency reported.")).contains("org:beta");
        assertThat(orgIds("BERLIN - The chancellor will travel to Kyiv next week, dpa reported.")).contains("org:dpa");
        assertThat(orgIds("The company released a beta version of the app, and Beta testers praised it."))
                .doesNotContain("org:beta");
    }

    @Test
    void agenciesKnownByTheirShortNameGoByIt() {
        // the reference annotator writes "STA" and "BHRT", as English copy does: their initials are not their names'
        assertThat(TestTagger.organisationNames("en", "LJUBLJANA, May 3 (STA) - The government met on Monday, the "
                + "Slovenian Press Agency reported, and BHRT aired the session.", DAY)).containsExactlyInAnyOrder("STA", "BHRT");
        assertThat(TestTagger.organisationNames("sr-Latn", "Ministar je podneo ostavku, javlja agencija Beta.", DAY))
                .containsExactly("Beta");
    }

    @Test
    void aLeftOutCompanyNameThatIsAPlaceOrAWordDoesNotFire() {
        assertThat(orgIds("BRASILIA - Wildfires spread across the Amazon on Monday, and Apple growers in the south "
                + "reported a poor harvest.")).isEmpty();
        assertThat(orgIds("Shares in Amazon.com and Apple Inc. rose on Monday.")).contains("org:amazon-com", "org:apple-inc");
    }

    @Test
    void aCompanysHomeCountryIsNotWhatAStoryAboutItsWorkAbroadIsAbout() {
        EnrichedStory s = TestTagger.tag("en", "PERTH - A court in Western Australia fined a Glencore unit on Monday over "
                + "dust from a nickel plant near Perth.\n\nGlencore said it would appeal. Glencore employs 2,000 people in the "
                + "state, the company said.", DAY);
        assertThat(s.focus().countries()).containsExactly("AU");
    }
}
