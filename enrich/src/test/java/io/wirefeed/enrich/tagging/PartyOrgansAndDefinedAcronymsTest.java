package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Parties by their organs, by an acronym the story defines or writes in its own script, and by multi-word names
 * in oblique cases: "Predsedništvo SNS-a" is the party's presidency, "the Croatian People's Party (HNS)" makes a
 * later "HNS" that party, Macedonian "ДПА" is a party and no German agency.
 */
class PartyOrgansAndDefinedAcronymsTest {
    private static final Instant DAY = Instant.parse("2026-12-08T10:00:00Z");

    private static List<String> orgs(String language, String body) {
        return TestTagger.organisationNames(language, body, DAY);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "sr-Latn|BEOGRAD – Predsedništvo SNS-a usvojilo je predlog liste kandidata.|Serbian Progressive Party",
            "hr|ZAGREB – Predsjedništvo HDZ-a sastat će se u ponedjeljak.|Croatian Democratic Union",
            "hr|ZAGREB – Vučić je rekao da je Predsjedništvo stranke prihvatilo prijedlog mandatarke.|"})
    void aPartysPresidencyIsNoStatesPresidency(String language, String body, String party) {
        List<String> found = orgs(language, body);
        assertThat(found).doesNotContain("Presidency of Serbia");
        if (party != null) {
            assertThat(found).contains(party);
        }
    }

    @Test
    void aStatesPresidencyIsStillOne() {
        assertThat(orgs("sr-Latn", "BEOGRAD – Predsedništvo Srbije saopštilo je da će predsednik primiti ambasadore."))
                .contains("Presidency of Serbia");
    }

    @Test
    void anAcronymInBracketsAfterAKnownNameIsThatBodyThroughoutTheStory() {
        assertThat(orgs("en", "ZAGREB – The HDZ signed a deal with the Croatian People's Party (HNS) on Friday. HNS will get two ministries."))
                .containsExactlyInAnyOrder("Croatian Democratic Union", "Croatian People's Party – Liberal Democrats");
    }

    @Test
    void aCyrillicAcronymIsTheStorysPartyAndALatinOneTheAgency() {
        assertThat(orgs("mk", "СКОПЈЕ – Пратеникот на ДПА изјави дека партијата ќе гласа против буџетот."))
                .containsExactly("Democratic Party of Albanians");
        assertThat(orgs("en", "BERLIN, May 3 (dpa) - The chancellor said Berlin would raise defence spending, DPA reported."))
                .containsExactly("Deutsche Presse-Agentur");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "sr-Latn|BEOGRAD – Poslanički klub Nove Srbije predvodiće Marko Jeremić.|New Serbia",
            "sr-Latn|NOVI SAD – Predsednik Lige socijaldemokrata Vojvodine podržao je predlog.|League of Social Democrats of Vojvodina",
            "hr|SUBOTICA – Predsjednik Demokratskog saveza Hrvata u Vojvodini najavio je novi centar.|Democratic Alliance of Croats in Vojvodina",
            "sl|ZAGREB – Podpredsednik vlade prihaja iz Samostojne demokratske srbske stranke.|Independent Democratic Serb Party"})
    void aMultiWordPartyIsFoundInItsObliqueCases(String language, String body, String party) {
        assertThat(orgs(language, body)).contains(party);
    }
}
