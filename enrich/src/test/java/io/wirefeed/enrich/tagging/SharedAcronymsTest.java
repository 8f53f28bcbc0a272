package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import io.wirefeed.model.EnrichedStory;
import io.wirefeed.model.EnrichedStory.OrganisationTag;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * An acronym several countries' parties share goes to the party of the country the story names or is written
 * in, and a party's or state body's acronym of a country the story has nothing to do with is something else.
 */
class SharedAcronymsTest {
    private static final Instant DAY = Instant.parse("2026-11-02T10:00:00Z");

    private static EnrichedStory tag(String language, String body) {
        return TestTagger.tag(language, body, DAY);
    }

    @Test
    void aSharedAcronymIsTheNamedCountrysParty() {
        assertThat(tag("en", "LJUBLJANA - Slovenia's opposition SDS said on Monday it would call for a vote of no confidence.")
                .organisations()).extracting(OrganisationTag::name).containsExactly("Slovenian Democratic Party");
        assertThat(tag("en", "BANJA LUKA - The SDS said its deputies in Republika Srpska would boycott the session.")
                .organisations()).extracting(OrganisationTag::name).containsExactly("Serb Democratic Party");
    }

    @Test
    void theStorysLanguageNamesItsCountry() {
        assertThat(tag("sl", "Poslanci SDS so v petek zahtevali izredno sejo, je povedal vodja poslanske skupine.")
                .organisations()).extracting(OrganisationTag::name).containsExactly("Slovenian Democratic Party");
        assertThat(tag("bg", "Лидерът на ДПС заяви, че партията няма да подкрепи кабинета.")
                .organisations()).extracting(OrganisationTag::name).containsExactly("Movement for Rights and Freedoms");
    }

    @Test
    void anAcronymOfAnUnrelatedCountrysBodyIsSomethingElse() {
        // "BDP" is GDP in Croatian, and also Botswana's ruling party
        assertThat(tag("hr", "Gospodarstvo je u trećem tromjesečju raslo brže od očekivanja, a rast BDP-a iznosio je 3,1 posto.")
                .organisations()).isEmpty();
    }

    @Test
    void theAcronymOfANamedCountrysPartyStays() {
        assertThat(tag("en", "GABORONE - Botswana's BDP lost power for the first time since independence in 1966.")
                .organisations()).extracting(OrganisationTag::name).containsExactly("Botswana Democratic Party");
    }
}
