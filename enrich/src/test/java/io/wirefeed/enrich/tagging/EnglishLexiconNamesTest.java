package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * In English copy, capitalised words no English dictionary lists are a person's name where the story gives a
 * weak sign of a person (the surname alone later, "who", a list of people); places, products and phrases are not.
 */
class EnglishLexiconNamesTest {
    private static final Instant DAY = Instant.parse("2026-11-02T10:00:00Z");

    @Test
    void unlistedWordsWhoseLastWordRecursAloneAreAPerson() {
        assertThat(TestTagger.personNames("en",
                "The race on Sunday was won by Kiprono Chebet in two hours and four minutes. Chebet's time was the best of the year.", DAY))
                .containsExactly("Kiprono Chebet");
    }

    @Test
    void unlistedWordsFollowedByWhoAreAPersonEvenOpeningASentence() {
        assertThat(TestTagger.personNames("en",
                "The museum opened on Monday. Toussaint Louverture, who led the revolt, is shown in a new painting.", DAY))
                .containsExactly("Toussaint Louverture");
    }

    @Test
    void placesProductsAndPhrasesMissingFromTheKnowledgeBaseAreNoPeople() {
        assertThat(TestTagger.personNames("en",
                "Floods forced thousands from their homes in Kuala Kangsar on Monday, and Kangsar's market was shut.", DAY)).isEmpty();
        assertThat(TestTagger.personNames("en",
                "Traders in the city watched the Hang Seng fall as Samsung showed the Galaxy Xcover, and Xcover sales rose.", DAY)).isEmpty();
        assertThat(TestTagger.personNames("en",
                "Tourists who visited Vranjska Banja, who stayed a week, praised the spa. Banja is a word for spa.", DAY)).isEmpty();
    }

    @Test
    void theWordListTellsOrdinaryWordsFromProperNouns() {
        EnglishWords words = EnglishWords.load();
        assertThat(words.contains("beats")).isTrue();
        assertThat(words.contains("muslims")).isTrue();
        assertThat(words.contains("nguyen")).isFalse();
        assertThat(words.lists("nguyen")).isTrue();
        assertThat(words.lists("chebet")).isFalse();
    }

    @Test
    void aVerbOnlyAPersonTakesIsASignOfAPerson() {
        assertThat(TestTagger.personNames("en", "ULAANBAATAR, Nov 3 - Zorigtbaatar Ganbold resigned on Friday after the audit.", DAY))
                .containsExactly("Zorigtbaatar Ganbold");
        assertThat(TestTagger.personNames("en", "Nyongesa Barasa and Wanyonyi Ochola were detained after the march, police said.", DAY))
                .containsExactly("Nyongesa Barasa", "Wanyonyi Ochola");
        // a team scores too
        assertThat(TestTagger.personNames("en", "The visitors went ahead early, but Ulinzi Mashujaa scored twice in the second half.",
                DAY)).isEmpty();
    }
}
