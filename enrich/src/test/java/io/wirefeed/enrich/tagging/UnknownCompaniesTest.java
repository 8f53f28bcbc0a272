package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Companies the knowledge base lacks, told by a legal form or a head word only companies end in; and what is no company. */
class UnknownCompaniesTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aLegalFormMakesTheWordsBeforeItACompany() {
        assertThat(TestTagger.organisationNames("en", "HAMBURG - Shares in Ostwind Kranbau AG rose on Monday after Tallow "
                + "Creek Foods Ltd agreed to buy a stake.", DAY))
                .contains("Ostwind Kranbau AG", "Tallow Creek Foods Ltd")
                .noneMatch(n -> n.startsWith("Shares"));
        assertThat(TestTagger.organisationNames("sr-Latn", "Kompanija Drina Kamen d.o.o. iz Zvornika kupila je kamenolom "
                + "od preduzeća Polet Gradnja a.d. prošle nedelje.", DAY))
                .contains("Drina Kamen", "Polet Gradnja");
    }

    @Test
    void theRegionsLegalFormsAfterAQuotedNameInAnyScriptAreLeftOutOfIt() {
        assertThat(TestTagger.organisationNames("bs", "Firma \"Vrbas Drvo\" d.o.o. iz Banje Luke otpustila je 30 radnika.", DAY))
                .containsExactly("Vrbas Drvo");
        assertThat(TestTagger.organisationNames("bg", "Фирмата „Елит Строител“ ЕООД спечели търга за ремонт на пътя.", DAY))
                .containsExactly("Elit Stroitel");
        assertThat(TestTagger.organisationNames("mk", "Компанијата „Осогово Млеко“ ДООЕЛ отвори нова фабрика.", DAY))
                .containsExactly("Osogovo Mleko");
        assertThat(TestTagger.organisationNames("sq", "Shoqëria \"Butrinti Peshk\" sh.p.k. fitoi tenderin.", DAY))
                .containsExactly("Butrinti Peshk");
        assertThat(TestTagger.organisationNames("el", "Η εταιρεία «Ολυμπιακά Τρόφιμα» Α.Ε. ανακοίνωσε κέρδη.", DAY))
                .containsExactly("Olympiaka Trofima");
        // an English-style form stays part of the name
        assertThat(TestTagger.organisationNames("en", "LONDON - Ashgrove Pumps Ltd said on Monday it would cut jobs.", DAY))
                .containsExactly("Ashgrove Pumps Ltd");
    }

    @Test
    void legalFormsOfAsiaAndRussiaAfterOrBeforeTheName() {
        assertThat(TestTagger.organisationNames("en", "SEOUL - Daehan Cold Chain Co., Ltd. bought a stake in PT Sumber Ikan Tbk "
                + "on Monday. Separately, OOO Kama Polymers signed a deal with Pinang Resin Sdn Bhd.", DAY))
                .contains("Daehan Cold Chain Co., Ltd", "PT Sumber Ikan Tbk", "OOO Kama Polymers", "Pinang Resin Sdn Bhd")
                .noneMatch(n -> n.startsWith("Separately"));
    }

    @Test
    void aCorporateHeadEndingTheNameMakesItACompany() {
        assertThat(TestTagger.organisationNames("en", "JAKARTA - Merapi Blue Airlines said on Friday it would lease four jets "
                + "from Tanjung Harbour Holdings.", DAY))
                .contains("Merapi Blue Airlines", "Tanjung Harbour Holdings");
        assertThat(TestTagger.personNames("en", "ACCRA - Volta Crest Energy said on Friday it would build a dam.", DAY)).isEmpty();
        // a noun saying what the company is, opening the sentence with a capital, is no part of its name
        assertThat(TestTagger.organisationNames("en", "OSAKA - Heavy rain fell. Carmaker Hoshino Motors halted two plants.", DAY))
                .containsExactly("Hoshino Motors");
    }

    @Test
    void shipsPlansAndGenericPhrasesAreNoCompanies() {
        assertThat(TestTagger.organisationNames("en", "DURBAN - The tanker Southern Energy was towed to port on Monday. "
                + "Ministers will present the Energy Security Plan and said Renewable Energy would supply half the grid.", DAY))
                .isEmpty();
    }

    @Test
    void aQuotedNameAfterACompanyNounInAnyCaseIsTheCompany() {
        assertThat(TestTagger.organisationNames("sr-Latn", "Radnici firme \"Toplica Tekstil\" iz Prokuplja štrajkuju.", DAY))
                .containsExactly("Toplica Tekstil");
        assertThat(TestTagger.organisationNames("mk", "Вработените во фирмата „Преспа Овошје“ протестираа пред општината.", DAY))
                .containsExactly("Prespa Ovošje");
        assertThat(TestTagger.organisationNames("sq", "Punëtorët e kompanisë \"Drini Transport\" protestuan.", DAY))
                .containsExactly("Drini Transport");
        // a quoted project, campaign or slogan names no body, nor does a quotation after a company noun
        assertThat(TestTagger.organisationNames("hr", "Projekt \"Zelena Obala\" predstavljen je u Splitu. U priopćenju tvrtke "
                + "\"Nema odgode, radovi idu dalje\" piše na vrhu.", DAY)).isEmpty();
    }
}
