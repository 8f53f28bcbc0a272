package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The language of a story its input does not give: the script first, then marker words and spellings. */
class LanguageDetectorTest {

    @Test
    void scriptsDecideGreekAndTheCyrillicLanguages() {
        assertThat(LanguageDetector.detect("Ο πρωθυπουργός μίλησε στη Βουλή για τον προϋπολογισμό.")).isEqualTo("el");
        assertThat(LanguageDetector.detect("Владата ќе ја донесе одлуката во понеделник, рече министерот.")).isEqualTo("mk");
        assertThat(LanguageDetector.detect("Правителството ще обсъди бюджета в сряда, съобщиха от министерството.")).isEqualTo("bg");
        assertThat(LanguageDetector.detect("Министар је рекао да ће влада у уторак донети одлуку о путу.")).isEqualTo("sr-Cyrl");
    }

    @Test
    void serbianEkavianIsToldFromCroatianByItsStemsAsWellAsItsWords() {
        // no word of the marker lists, only ekavian stems: "posetu", "sednica", "uveče"
        assertThat(LanguageDetector.detect("Premijer je najavio posetu Atini nakon što je sednica završena uveče."))
                .isEqualTo("sr-Latn");
        assertThat(LanguageDetector.detect("Glasnogovornik je priopćio da će se sastanak održati idućeg tjedna u Zagrebu."))
                .isEqualTo("hr");
        assertThat(LanguageDetector.detect("Sjednica kantonalne vlade održana je u srijedu, a naredne sedmice slijedi nova."))
                .isEqualTo("bs");
    }

    @Test
    void theIjeOfSerbianGenitivesIsNoIjekavian() {
        // "Srbije", "policije", "komisije", "opozicije" end in -ije in ekavian too
        assertThat(LanguageDetector.detect("Predsednik Srbije je rekao da policije i komisije nisu dobile zahtev opozicije."))
                .isEqualTo("sr-Latn");
    }

    @Test
    void slovenianWithoutItsConjunctionIsStillSlovenian() {
        assertThat(LanguageDetector.detect("Poslanci se bodo danes ob 13. uri sestali na izredni seji v Ljubljani."))
                .isEqualTo("sl");
    }

    @Test
    void albanianAndEnglish() {
        assertThat(LanguageDetector.detect("Kryeministri tha se qeveria do të miratojë buxhetin këtë javë.")).isEqualTo("sq");
        assertThat(LanguageDetector.detect("The minister said on Tuesday that the budget would be approved.")).isEqualTo("en");
    }
}
