package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import io.wirefeed.model.EnrichedStory;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where an unknown person's name begins and ends: initials, hyphens, a town before the given name. */
class NameBoundariesTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    private static List<String> people(String language, String body) {
        return TestTagger.personNames(language, body, DAY);
    }

    @Test
    void initialsInsideOrBeforeANameDoNotCutIt() {
        assertThat(people("en", "Melvin D. Smith, a spokesman for the operator, said the quay in Durres would reopen."))
                .containsExactly("Melvin D. Smith");
        assertThat(people("en", "J. R. Whitaker, the club's new manager, said the squad would train in Split."))
                .containsExactly("J. R. Whitaker");
    }

    @Test
    void aHyphenatedGivenNameIsWholeAndNoKnownPersonsFamilyName() {
        // the knowledge base has Lee Jae-myung and Lee Nak-yon
        assertThat(people("en", "Lee Min-ho, a spokesman for the trade ministry, said exports to Europe rose in March."))
                .containsExactly("Lee Min-ho");
    }

    @Test
    void aNameBeginsAtItsGivenNameAfterAnUnknownCapitalisedWord() {
        assertThat(people("sr-Latn", "Direktor bolnice u Zaječaru Dragan Đurkić izjavio je da nedostaje lekara."))
                .containsExactly("Dragan Đurkić");
    }

    @Test
    void aWaterfallNamedAfterAQueenIsNoPerson() {
        assertThat(people("en", "Victoria Falls drew more visitors to Zambia this year, the tourism board said.")).isEmpty();
    }
    @Test
    void whatAPersonIsAfterTheCommaMakesAnUnknownPairAPerson() {
        assertThat(people("en", "Historians in Sarajevo met on the anniversary of the trial of Gavrilo Princip, the assassin."))
                .containsExactly("Gavrilo Princip");
        assertThat(people("sr-Latn", "Štrajk podržava i Vladeta Krstović, predsednik opštinskog odbora u Kraljevu."))
                .containsExactly("Vladeta Krstović");
    }

    @Test
    void aDescriptionThatNamesNoPersonIsNoCue() {
        assertThat(people("en", "Exit Festival, the summer music event, returns to Novi Sad in July.")).isEmpty();
    }
    @Test
    void aVerbOfSayingInMacedonianOrGreekIsAPersonCueAndAGreekArticleIsNoPartOfTheName() {
        assertThat(people("mk", "Патот кон Гевгелија ќе биде готов наесен, изјави Трпе Стојаноски од општината."))
                .containsExactly("Trpe Stojanoski");
        assertThat(people("el", "Ο υπουργός συναντήθηκε με τον Γιώργο Σταματόπουλο. Ο Σταματόπουλος δήλωσε ότι ήταν χρήσιμη."))
                .containsExactly("Giorgos Stamatopoulos");
    }

    @Test
    void aPrepositionOpeningASentenceOpensNoName() {
        assertThat(TestTagger.personNames("sq", "Nga Prishtina erdhi delegacioni i qeverisë. Në Tiranë u mbajt takimi.", DAY))
                .isEmpty();
        assertThat(TestTagger.personNames("sr-Latn", "U Čačku je održan protest. Iz Beograda su stigli studenti.", DAY))
                .isEmpty();
    }
    @Test
    void aDoubleSurnameIsWholeAndNeitherHalfIsATownOrAKnownPerson() {
        // Vranje is a Serbian town; the knowledge base has people named Ilić
        EnrichedStory story = TestTagger.tag("en",
                "Fuel can reach Serbia by river, state secretary Nenad Ilic-Vranjes told reporters on Monday.", DAY);
        assertThat(story.people()).extracting(EnrichedStory.PersonTag::name).containsExactly("Nenad Ilic-Vranjes");
        assertThat(story.places()).extracting(EnrichedStory.PlaceTag::name).containsExactly("Serbia");
        assertThat(people("en", "Justice Chukwuma Obi-Nnadi of the Federal High Court granted the order in Abuja."))
                .containsExactly("Chukwuma Obi-Nnadi");
    }

    @Test
    void afterATitleAnArabicNameBeginsAtItsFirstWordThoughTheSecondIsAGivenName() {
        assertThat(people("en", "\"The canals are dry,\" said lawmaker Raad Hamid al-Tamimi, a member of the water committee."))
                .containsExactly("Raad Hamid al-Tamimi");
        // where a genitive may follow the title, the name still begins at the given name
        assertThat(people("sr-Latn", "Gradonačelnik Loznice Nebojša Ranković obišao je radove."))
                .containsExactly("Nebojša Ranković");
    }

    @Test
    void aCapitalisedWordWithALowerCaseHalfOrAStationsNameIsNoPerson() {
        assertThat(people("en", "Anti-graft watchdog Transparency International said the courts were slow.")).isEmpty();
        assertThat(people("en", "The deputy minister told Radio Cooperativa that the strike would cost the state dearly."))
                .isEmpty();
        assertThat(TestTagger.organisationNames("en",
                "The deputy minister told Radio Cooperativa that the strike would cost the state dearly.", DAY))
                .contains("Radio Cooperativa");
    }

    @Test
    void aGreekMinistersPortfolioIsPartOfTheTitleNotOfTheName() {
        assertThat(people("el", "Ο υφυπουργός Εθνικής Οικονομίας και Οικονομικών Νίκος Παπαδάκης δήλωσε ότι ο πληθωρισμός "
                + "θα υποχωρήσει."))
                .containsExactly("Nikos Papadakis");
    }

    @Test
    void anOfficeHoldersTitleIsNoPartOfTheNameAfterIt() {
        assertThat(people("en", "CEBU - Deputy Ombudsman Teodoro Alcantara said the case would be filed this week."))
                .containsExactly("Teodoro Alcantara");
    }

    @Test
    void aVietnameseGivenNameThatIsAnEnglishWordEndsTheName() {
        assertThat(people("en", "HANOI - Rice farmer Pham Van An, 47, said the floods had taken half his harvest."))
                .containsExactly("Pham Van An");
    }
}
