package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import io.wirefeed.model.EnrichedStory.PersonTag;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What a person is, written in lower case before a name the knowledge base lacks, says a person is named. */
class PersonCuesTest {
    private static final Instant DAY = Instant.parse("2026-11-02T10:00:00Z");

    @Test
    void aPersonNounBeforeUnknownNameWordsMakesThemAPerson() {
        assertThat(TestTagger.tag("en", "Opposition politician Oduya Kemboi, who filed the petition, said the ruling was fair.", DAY)
                .people()).extracting(PersonTag::name).containsExactly("Oduya Kemboi");
        assertThat(TestTagger.tag("en", "Protest organiser Tarik Velagić said the march would go ahead on Saturday.", DAY)
                .people()).extracting(PersonTag::name).containsExactly("Tarik Velagić");
        assertThat(TestTagger.tag("en", "Prosecutors questioned ruling party MP Davor Kukuljan on Monday over the tender.", DAY)
                .people()).extracting(PersonTag::name).containsExactly("Davor Kukuljan");
    }

    @Test
    void theNounBeforeAPlaceOrBodyNamesNoPerson() {
        assertThat(TestTagger.tag("en", "The student union said on Tuesday that the Kenya Medical Association had backed the strike.", DAY)
                .people()).isEmpty();
    }

    @Test
    void bulgarianMacedonianGreekAndAlbanianPersonNounsBeforeANameMakeItAPerson() {
        assertThat(TestTagger.tag("mk", "Пратеникот Трајче Смилевски рече дека ќе гласа против буџетот.", DAY)
                .people()).extracting(PersonTag::name).containsExactly("Trajče Smilevski");
        assertThat(TestTagger.tag("el", "Ο δήμαρχος Θανάσης Μαυρίδης δήλωσε ότι το έργο θα τελειώσει τον Μάιο.", DAY)
                .people()).extracting(PersonTag::name).containsExactly("Thanasis Mavridis");
        assertThat(TestTagger.tag("sq", "Zëdhënësi Ardit Bela tha se takimi ishte i frytshëm.", DAY)
                .people()).extracting(PersonTag::name).containsExactly("Ardit Bela");
    }

    @Test
    void aMinistersPortfolioBetweenTheRoleAndTheNameIsNotPartOfTheName() {
        assertThat(TestTagger.tag("el", "Ο υφυπουργός Ανάπτυξης Θανάσης Μαυρίδης συναντήθηκε με εκπροσώπους των εμπόρων.", DAY)
                .people()).extracting(PersonTag::name).containsExactly("Thanasis Mavridis");
    }

    @Test
    void aBalkanPersonNounBeforeABodyOrPlaceNamesNoPerson() {
        assertThat(TestTagger.tag("mk", "Пратеникот во Собранието рече дека ќе гласа против.", DAY).people()).isEmpty();
        assertThat(TestTagger.tag("el", "Ο δήμαρχος Αθηνών μίλησε για την καθαριότητα.", DAY).people()).isEmpty();
    }

    @Test
    void commonGreekAlbanianAndMacedonianGivenNamesMarkAPersonWithoutAnyOtherCue() {
        assertThat(TestTagger.tag("el", "Συναντήθηκε στη Λάρισα με τον Στάθη Κυρκίνη και την ομάδα του.", DAY)
                .people()).extracting(PersonTag::name).containsExactly("Stathis Kyrkinis");
        assertThat(TestTagger.tag("sq", "Mbledhjen e drejtoi Gazment Bardhi nga grupi i opozitës.", DAY)
                .people()).extracting(PersonTag::name).containsExactly("Gazment Bardhi");
        assertThat(TestTagger.tag("mk", "Состанокот го водеше Љупчо Стојановски од општината.", DAY)
                .people()).extracting(PersonTag::name).containsExactly("Ljupčo Stojanovski");
    }

    @Test
    void aGivenNameAndASurnameBothReadAsTownsAreAPerson() {
        // Miroslava is a village of Romania and "Тодорова" the South Slavic genitive of the village Todorovo
        var s = TestTagger.tag("bg", "Защитата на обвиняемия се пое от Мирослава Тодорова, съобщиха от съда.", DAY);
        assertThat(s.people()).extracting(PersonTag::name).containsExactly("Miroslava Todorova");
        assertThat(s.countries()).doesNotContain("RO");
    }

    @Test
    void aKnownSurnameAfterAnotherGivenNameTheListsLackIsNotTheKnownPerson() {
        assertThat(TestTagger.tag("en", "The speech was praised by the former prime minister, Manmohan Singh, on Monday.", DAY)
                .people()).extracting(PersonTag::name).doesNotContain("Rajnath Singh");
    }

    @Test
    void aTitleCaseHeadlineNamesNoNewPersonTheBodyDoesNotName() {
        assertThat(headlined("Minister Says Has Met With Union Leaders",
                "The labour minister met union leaders on Monday and said talks on wages would go on.").people()).isEmpty();
        assertThat(headlined("Activist Oduya Kemboi Freed On Bail",
                "Opposition activist Oduya Kemboi was freed on bail on Monday, his lawyer said. Kemboi denies the charges.")
                .people()).extracting(PersonTag::name).containsExactly("Oduya Kemboi");
    }

    private static io.wirefeed.model.EnrichedStory headlined(String headline, String body) {
        return TestTagger.get().tag(new io.wirefeed.model.WireStory("t", 1, headline, body, "en", null, "plain", null, null, DAY, DAY));
    }
}
