package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A party whose name is an ordinary word ("Most" is a bridge, "Levica" the left hand, "Naša stranka" our party) is
 * named where the story calls it a party, and then wherever the story writes it with a capital; nowhere else.
 */
class PartyNamesThatAreWordsTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    private static List<String> orgs(String language, String body) {
        return TestTagger.organisationNames(language, body, DAY);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "hr|ZAGREB – Zastupnik Mosta rekao je da će Most glasati protiv proračuna.|Bridge of Independent Lists",
            "hr|ZAGREB – Vijećnica stranke Možemo! zatražila je hitnu sjednicu Gradske skupštine.|Možemo!",
            "bs|SARAJEVO – Odbornica iz Naše stranke zatražila je reviziju svih ugovora.|Our Party",
            "sl|LJUBLJANA – Poslanci Levice so podprli predlog zakona o pokojninah.|The Left",
            "sl|LJUBLJANA – V stranki Svoboda so predlog podprli, opozicija je bila proti.|Freedom Movement",
            "mk|СКОПЈЕ – Пратеникот на Левица рече дека партијата ќе гласа против буџетот.|Levica",
            "el|ΑΘΗΝΑ – Ο βουλευτής της Νίκης ζήτησε πρόωρες εκλογές.|Niki"})
    void aWordTheStoryCallsAPartyIsThatParty(String language, String body, String party) {
        assertThat(orgs(language, body)).contains(party);
    }

    @Test
    void aPartyNamedOnceIsNamedWhereverTheStoryCapitalisesIt() {
        assertThat(orgs("hr", "ZAGREB – Predsjednik Mosta Božo Petrov najavio je prosvjed. Most traži ostavku ministra."))
                .containsExactly("Bridge of Independent Lists");
    }

    @Test
    void aPartyJoinedByAndToANamedOneIsNamedToo() {
        assertThat(orgs("sl", "LJUBLJANA – Poslanci Levice in Svobode so podprli predlog zakona."))
                .contains("The Left", "Freedom Movement");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "sl|LJUBLJANA – Koalicijo bodo sestavljale stranke Gibanje Svoboda, SD in Levica, je povedal mandatar.|The Left",
            "sl|LJUBLJANA – Vlado so podprli poslanci Svobode, SD in Levice.|The Left",
            "en|PODGORICA – The coalition between the pro-Western Democrats and URA won nine seats.|Democratic Montenegro",
            "en|PODGORICA – Parliament backed a cabinet of Europe Now, the Democrats, the Socialist People's Party and two minority parties.|Democratic Montenegro",
            "hr|ZAGREB – Poslanički klub Mosta zatražio je izvanrednu sjednicu o cijenama energenata.|Bridge of Independent Lists",
            "en|ZAGREB – Opposition lawmakers from the Bridge party walked out of the hearing.|Bridge of Independent Lists"})
    void aWordListedWithAPartyOrAfterAGroupOrPartyWordIsThatParty(String language, String body, String party) {
        assertThat(orgs(language, body)).contains(party);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|WASHINGTON – Democrats and Republicans in the U.S. Senate failed to agree on a spending bill.",
            "en|LONDON – The Liberal Democrats and the Conservative Party said they would field joint candidates.",
            "en|LONDON – Most party members backed the leader, the Conservative Party said."})
    void anEnglishWordNameCountsOnlyInItsCountrysStoriesAndNotInsideAnotherName(String language, String body) {
        assertThat(orgs(language, body)).doesNotContain("Democratic Montenegro", "Democrats of Anže Logar", "Bridge of Independent Lists");
    }

    @Test
    void aSharedNameGoesToTheStorysCountry() {
        assertThat(TestTagger.tag("sl", "LJUBLJANA – Poslanci Levice so podprli predlog zakona.", DAY).organisations())
                .singleElement().satisfies(o -> assertThat(o.country()).isEqualTo("SI"));
        assertThat(TestTagger.tag("mk", "СКОПЈЕ – Пратениците на Левица гласаа против.", DAY).organisations())
                .singleElement().satisfies(o -> assertThat(o.country()).isEqualTo("MK"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "hr|ZAGREB – Novi most preko Save otvoren je danas, a gradonačelnik je rekao da možemo biti ponosni.",
            "hr|ZAGREB – Most je dug 300 metara i spaja dva dijela grada.",
            "bs|SARAJEVO – Naše stranke moraju se dogovoriti, rekao je predsjedavajući.",
            "sl|LJUBLJANA – Svoboda govora je temelj demokracije, je dejal varuh človekovih pravic.",
            "el|ΑΘΗΝΑ – Η Νίκη Παπαδοπούλου κέρδισε το χρυσό μετάλλιο στα 100 μέτρα."})
    void theOrdinaryWordIsNoParty(String language, String body) {
        assertThat(orgs(language, body)).isEmpty();
    }
}
