package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import io.wirefeed.model.EnrichedStory.OrganisationTag;
import io.wirefeed.model.WireStory;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Parties added to kb/organisations from the EveryPolitician term files (europe.yaml, middle-east-africa.yaml):
 * found under their names in stories about their country, and a name that is also an ordinary phrase
 * ("Opposition Bloc", "Future Movement") names no party in another country's title-case headline.
 */
class EveryPoliticianPartiesTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    private static List<String> orgIds(String headline, String body) {
        return TestTagger.get().tag(new WireStory("t", 1, headline, body, null, null, "plain", null, null, DAY, DAY))
                .organisations().stream().map(OrganisationTag::id).toList();
    }

    @Test
    void ukrainianPartiesOfTheRadaAreFound() {
        assertThat(orgIds("", "KYIV - The Opposition Bloc and Samopomich voted against the bill, and the People's Front "
                + "abstained.")).contains("org:opposition-bloc-ua", "org:samopomich", "org:peoples-front-ua");
    }

    @Test
    void partiesWithoutAPartyWordInTheirNamesAreFound() {
        assertThat(orgIds("", "YEREVAN - Prosperous Armenia and Bright Armenia said they would boycott the vote."))
                .contains("org:prosperous-armenia", "org:bright-armenia");
        assertThat(orgIds("", "BAGHDAD - The State of Law Coalition and the Kurdistan Islamic Union backed the budget."))
                .contains("org:state-of-law-coalition", "org:kurdistan-islamic-union");
        assertThat(orgIds("", "BEIRUT - The Future Movement and the Kataeb Party walked out of the session."))
                .contains("org:future-movement", "org:kataeb");
        assertThat(orgIds("", "TUNIS - Nidaa Tounes and Afek Tounes held rallies, and the MDC-T in Harare and Bayan Muna in "
                + "Manila sent messages of support.")).contains("org:nidaa-tounes", "org:afek-tounes", "org:mdc-t", "org:bayan-muna");
    }

    @Test
    void partiesFromTheGroupIdMapsAreFoundButNotByAcronymsOthersShare() {
        assertThat(orgIds("", "NAIROBI - FORD-Kenya and KANU signed a pact, and in Peshawar the Awami National Party joined a protest."))
                .contains("org:ford-kenya", "org:kanu", "org:anp-pk");
        assertThat(orgIds("", "CARACAS - The MUD and the Party of the Democratic Revolution of Mexico sent observers."))
                .contains("org:mud-roundtable-ve", "org:prd-mx");
        assertThat(orgIds("", "SEOUL - The Justice Party and the AIADMK of India sent delegates.")).contains("org:justice-party-kr", "org:aiadmk");
        assertThat(orgIds("", "BRASILIA - Brazil's oil regulator ANP set the date for the next auction.")).doesNotContain("org:anp-pk");
    }

    @Test
    void aPhraseInAnotherCountrysTitleCaseHeadlineIsNoParty() {
        assertThat(orgIds("Opposition Bloc Walks Out Of Budget Debate", "SOFIA - Three small parties left the chamber on Thursday."))
                .doesNotContain("org:opposition-bloc-ua");
        assertThat(orgIds("Future Movement Of Rates Worries Traders", "LONDON - Traders expect little change before the autumn."))
                .doesNotContain("org:future-movement");
    }
}
