package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InflectorTest {

    @Test
    void generatesSouthSlavicCaseForms() {
        assertThat(Inflector.forms("vucic")).contains("vucica", "vucicu", "vucicem", "vucicom");
        assertThat(Inflector.forms("srbija")).contains("srbije", "srbiji", "srbiju", "srbijom");
        assertThat(Inflector.forms("kosovo")).contains("kosova", "kosovu");
        assertThat(Inflector.forms("luka")).contains("luci", "luke");
        assertThat(Inflector.forms("kragujevac")).contains("kragujevca", "kragujevcu");
        assertThat(Inflector.forms("sarec")).contains("sarca", "sarcu", "sarcem"); // Šarec, the fleeting e
        assertThat(Inflector.forms("srpski")).contains("srpskog", "srpskoj", "srpskih");
    }

    @Test
    void dropsTheFleetingVowelOfCentreInItsCaseForms() {
        assertThat(Inflector.forms("centar")).contains("centra", "centru", "centrom", "centara", "centarot");
        assertThat(Inflector.forms("center")).contains("centra", "centru", "centrom");
        assertThat(io.wirefeed.enrich.TestTagger.organisationNames("sr-Latn",
                "Pacijenti su prebačeni u Univerzitetski klinički centar Srbije, a deo njih ostaje u Univerzitetskom kliničkom centru Vojvodine.",
                java.time.Instant.parse("2026-11-27T10:00:00Z")))
                .contains("University Clinical Centre of Serbia", "University Clinical Centre of Vojvodina");
        assertThat(io.wirefeed.enrich.TestTagger.organisationNames("sl",
                "Bolnika so prepeljali v Univerzitetni klinični center Ljubljana, zdaj pa je v Univerzitetnem kliničnem centru Maribor.",
                java.time.Instant.parse("2026-11-27T10:00:00Z")))
                .contains("University Medical Centre Ljubljana", "University Medical Centre Maribor");
    }

    @Test
    void generatesEveryGenderAndCaseOfGreekAdjectivesInIkos() {
        assertThat(Inflector.forms("ellinikos")).contains("elliniki", "ellinikis", "ellinikoy", "elliniko", "ellinikoi", "ellinikes",
                "ellinika", "ellinikon");
        // Greek keys spell ου "oy": "Ευρωπαϊκού Συμβουλίου", "Ευρωπαϊκής Επιτροπής"
        assertThat(Inflector.forms("symvoylio")).contains("symvoylioy");
        assertThat(Inflector.forms("epitropi")).contains("epitropis");
    }

    @Test
    void anIcNameHasItsMacedonianSpellingAndKeepsItsCaseForms() {
        assertThat(Inflector.forms("vucic")).contains("vucikj", "vucica");
        assertThat(io.wirefeed.enrich.TestTagger.personNames("mk",
                "Премиерот разговараше со српскиот претседател Александар Вучиќ во Белград. Вучиќ рече дека пругата ќе биде готова.",
                java.time.Instant.parse("2026-11-27T10:00:00Z")))
                .containsExactly("Aleksandar Vučić");
    }

    @Test
    void generatesTheSlovenianLocativeOfNamesDeclinedAsAdjectives() {
        assertThat(Inflector.forms("poljska")).contains("poljskem");
        assertThat(Inflector.forms("hrvaska")).contains("hrvaskem");
        assertThat(io.wirefeed.enrich.TestTagger.tag("sl", "Na Poljskem so v nedeljo volili novega predsednika.",
                java.time.Instant.parse("2026-12-07T10:00:00Z")).countries()).contains("PL");
    }

    @Test
    void generatesTheCaseFormsOfAdjectivesInsideLongerNames() {
        assertThat(Inflector.adjectiveInName("ujedinjeno")).contains("ujedinjenog", "ujedinjenom");
        assertThat(Inflector.adjectiveInName("zdruzeno")).contains("zdruzenem", "zdruzenega");
        assertThat(Inflector.adjectiveInName("novi")).contains("novog", "novom");
        assertThat(Inflector.adjectiveInName("kraljevstvo")).contains("kraljevstvog");
        assertThat(Inflector.adjectiveInName("ministra")).isEmpty();
        AliasIndex index = new AliasIndex();
        AliasIndex.Target zealand = new AliasIndex.Target(AliasIndex.Kind.COUNTRY, "NZ", AliasIndex.CaseRule.CAPITALISED, true);
        AliasIndex.Target town = new AliasIndex.Target(AliasIndex.Kind.PLACE, "1", AliasIndex.CaseRule.CAPITALISED, true);
        index.add("Novi Zeland", zealand);
        index.add("Opština Gradsko", town);
        index.add("Gradsko", town);
        java.util.List<AliasIndex.Match> matches = new java.util.ArrayList<>();
        index.match(Tokens.of("Tim je igrao na Novom Zelandu. Odluka Gradskog veća."), matches::add);
        // an adjective form counts only before another word of the name: "Gradskog" is no town of Gradsko
        assertThat(matches).extracting(m -> m.targets().get(0).ref()).containsExactly("NZ");
        java.time.Instant day = java.time.Instant.parse("2026-12-07T10:00:00Z");
        assertThat(io.wirefeed.enrich.TestTagger.tag("sl", "Minister je v sredo prispel iz Združenega kraljestva.", day).countries())
                .contains("GB");
        assertThat(io.wirefeed.enrich.TestTagger.tag("sr-Latn", "Ministar je u sredu doputovao iz Ujedinjenog Kraljevstva.", day)
                .countries()).contains("GB");
    }

    @Test
    void generatesDefinitePluralsAndDefiniteAdjectivesInCki() {
        assertThat(Inflector.forms("amerikantsi")).contains("amerikantsite");
        assertThat(Inflector.forms("grcki")).contains("grckata", "grckiot", "grcko");
        assertThat(io.wirefeed.enrich.TestTagger.tag("bg", "Американците подкрепиха плана в понеделник.",
                java.time.Instant.parse("2026-12-07T10:00:00Z")).countries()).contains("US");
    }

    @Test
    void generatesSouthSlavicPluralsOfLongWordsOnly() {
        assertThat(Inflector.forms("snage")).contains("snagama");
        assertThat(Inflector.forms("ujedinjene")).contains("ujedinjenih", "ujedinjenim");
        assertThat(Inflector.forms("emirati")).contains("emiratima");
        assertThat(Inflector.forms("asie")).doesNotContain("asiama");
    }

    @Test
    void generatesAlbanianAndGreekForms() {
        assertThat(Inflector.forms("kurti")).contains("kurtit", "kurtin", "kurtija");
        assertThat(Inflector.forms("rama")).contains("rames", "ramen");
        assertThat(Inflector.forms("shqiperia")).contains("shqiperise");
        assertThat(Inflector.forms("dendias")).contains("dendia");
        assertThat(Inflector.forms("mitsotakis")).contains("mitsotaki");
    }

    @Test
    void aGreekLookingEndingIsAlsoASlavicConsonantStem() {
        assertThat(Inflector.forms("teksas")).contains("teksasa", "teksasu");
        assertThat(Inflector.forms("mitsotakis")).contains("mitsotaki", "mitsotakisa");
    }

    @Test
    void generatesMacedonianAndBulgarianDefiniteForms() {
        assertThat(Inflector.forms("sobranie")).contains("sobranieto");
        assertThat(Inflector.forms("vlada")).contains("vladata");
        assertThat(Inflector.forms("partiya")).contains("partiyata");
        assertThat(Inflector.forms("ministerstvo")).contains("ministerstvoto");
        assertThat(Inflector.forms("ustaven")).contains("ustavniot");
        assertThat(Inflector.forms("makedonski")).contains("makedonskiot");
        assertThat(Inflector.forms("evropeyski")).contains("evropeyskiyat");
        assertThat(Inflector.forms("sayuz")).contains("sayuzat");
        assertThat(Inflector.forms("sud", 3)).contains("sudot");
    }

    @Test
    void leavesShortWordsAlone() {
        assertThat(Inflector.forms("eu")).containsExactly("eu");
        assertThat(Inflector.forms("bar")).containsExactly("bar");
    }

    @Test
    void generatesSlovenianAdjectiveAndLoanwordCases() {
        assertThat(Inflector.forms("olimpijski")).contains("olimpijskega", "olimpijskem");
        assertThat(Inflector.forms("drzavni")).contains("drzavnega", "drzavnem");
        assertThat(Inflector.forms("komite")).contains("komiteja", "komiteju");
    }
}
