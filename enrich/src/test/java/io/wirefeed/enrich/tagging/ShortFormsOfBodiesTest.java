package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import io.wirefeed.model.EnrichedStory;
import io.wirefeed.model.EnrichedStory.OrganisationTag;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Bodies and outlets named the short way Balkan copy names them: an acronym in its own script, a name that opens in
 * lower case, an acronym several countries' bodies share, an outlet whose name is an ordinary word, and credits in
 * quotes, source lines and domains.
 */
class ShortFormsOfBodiesTest {
    private static final Instant DAY = Instant.parse("2026-11-02T10:00:00Z");

    private static EnrichedStory tag(String language, String body) {
        return TestTagger.tag(language, body, DAY);
    }

    private static Iterable<String> names(EnrichedStory story) {
        return story.organisations().stream().map(OrganisationTag::name).toList();
    }

    @Test
    void anAcronymListedInCyrillicIsNotReadInLatinLetters() {
        assertThat(names(tag("bg", "Лидерите на ДБ заявиха в София, че ще внесат вот на недоверие.")))
                .contains("Democratic Bulgaria");
        assertThat(names(tag("en", "BERLIN - Germany's DB said on Monday it would cut regional rail services.")))
                .doesNotContain("Democratic Bulgaria");
    }

    @Test
    void aSloveneSdsIsNotBulgariasThoughLatinLettersSpellItsCyrillicAcronym() {
        EnrichedStory story = tag("sl", "Izvršilni odbor SDS je poslancem v podpis dal zavezo. Poslanci SDS bodo glasovali proti.");
        assertThat(names(story)).containsExactly("Slovenian Democratic Party");
        assertThat(story.countries()).doesNotContain("BG");
    }

    @Test
    void theStorysLanguageOutweighsATownOfAnotherCountrySharingTheAcronym() {
        assertThat(names(tag("sl", "Poslanci SDS so se v Sarajevu sestali s kolegi iz regije in govorili o sodelovanju.")))
                .contains("Slovenian Democratic Party").doesNotContain("Serb Democratic Party");
    }

    @Test
    void aBodyPickedOnlyByASharedAcronymAddsNoCountry() {
        EnrichedStory story = tag("en", "The SDS said on Monday its deputies would boycott the vote on the budget.");
        assertThat(story.countries()).doesNotContain("SI", "BA");
    }

    @Test
    void aNameThatOpensInLowerCaseMatchesAsWritten() {
        assertThat(names(tag("bg", "Министърът на финансите на България заяви в интервю за bTV, че бюджетът ще бъде внесен.")))
                .contains("bTV");
    }

    @Test
    void anOutletWhoseNameIsAWordIsNotReachedThroughAnotherLanguagesForm() {
        assertThat(names(tag("sq", "Përfaqësuesi i Lartë i BE-së për Politikë të Jashtme dhe Siguri foli në Tiranë.")))
                .doesNotContain("Politika");
        assertThat(names(tag("el", "Συζήτησαν για μια Κοινή Εξωτερική Πολιτική και Πολιτική Ασφάλειας στην Αθήνα.")))
                .doesNotContain("Politika");
        assertThat(names(tag("sq", "Gazeta serbe \"Politika\" shkruan se Beogradi do të hapë një zyrë në Kosovë.")))
                .contains("Politika");
        assertThat(names(tag("sr-Latn", "Kako piše Politika, zakon će biti usvojen do kraja godine u Beogradu.")))
                .contains("Politika");
    }

    @Test
    void anOutletIsCreditedInQuotesInASourceLineAndAsADomain() {
        assertThat(names(tag("bg", "Премиерът заяви, че България няма да има избори, предаде репортер на \"Фокус\".")))
                .contains("Focus News Agency");
        assertThat(names(tag("bg", "Фокус на срещата ще бъде икономиката на България, заяви министърът.")))
                .doesNotContain("Focus News Agency");
        assertThat(names(tag("el", "Ο Έλληνας υπουργός συναντήθηκε με τον ομόλογό του στην Αθήνα. Πηγή: ΑΠΕ")))
                .contains("Athens-Macedonian News Agency");
        assertThat(names(tag("el", "Οι ΑΠΕ καλύπτουν πλέον το μισό της ενέργειας της Ελλάδας.")))
                .doesNotContain("Athens-Macedonian News Agency");
        assertThat(names(tag("sq", "Zëdhënësi tha se qeveria e Kosovës do të vazhdojë reformat, transmeton lajmi.net.")))
                .contains("Lajmi.net");
        assertThat(names(tag("mk", "Македонскиот министер во интервју за МТВ даде коментар за грчките реакции.")))
                .contains("Macedonian Radio Television");
    }

    @Test
    void slovenianAndBalkanShortFormsOfStateBodies() {
        assertThat(names(tag("sl", "Poslanci so v DZ potrdili proračun, MZZ pa je sporočilo, da ZN podpirajo dogovor.")))
                .contains("National Assembly of Slovenia", "Ministry of Foreign and European Affairs of Slovenia", "United Nations");
        assertThat(names(tag("sl", "Minister je obiskal slovenske vojake v Natovem poveljstvu v Neaplju.")))
                .contains("NATO");
        assertThat(names(tag("bs", "Vlada RS je usvojila zaključke, a MUP RS je zadužen da pojača kontrole.")))
                .contains("Government of Republika Srpska", "Ministry of Interior of Republika Srpska");
        assertThat(names(tag("bg", "МОН обяви нови учебни програми, а МВР засили проверките по границата с Турция.")))
                .contains("Ministry of Education and Science of Bulgaria", "Ministry of Interior of Bulgaria");
    }
}
