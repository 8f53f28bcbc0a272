package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import io.wirefeed.model.EnrichedStory;
import io.wirefeed.model.WireStory;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** State bodies named in a Balkan language without their state, in any case, are the story's country's. */
class NativeBodiesTest {
    private static final Instant DAY = Instant.parse("2026-11-02T10:00:00Z");

    private static List<String> orgs(String language, String body) {
        return TestTagger.organisationNames(language, body, DAY);
    }

    @Test
    void aBareSaborInACroatianStoryIsTheCroatianParliament() {
        assertThat(orgs("hr", "Zastupnici su u Saboru do kasno u noć raspravljali o izmjenama zakona o strancima."))
                .contains("Croatian Parliament");
    }

    @Test
    void aNameSeveralStatesGiveTheirBodiesIsTheStorysStates() {
        assertThat(orgs("sr-Cyrl", "БЕОГРАД - Инспектори Пореске управе и Државне ревизорске институције обишли су фирму у Србији."))
                .contains("Tax Administration of Serbia", "State Audit Institution of Serbia");
        assertThat(orgs("sr-Latn", "PODGORICA - Državna revizorska institucija dala je mišljenje o budžetu Crne Gore."))
                .contains("State Audit Institution of Montenegro").doesNotContain("State Audit Institution of Serbia");
        assertThat(orgs("hr", "ZAGREB - Carinska uprava i Porezna uprava provele su nadzor u lukama diljem Hrvatske."))
                .contains("Customs Administration of Croatia", "Tax Administration of Croatia");
        assertThat(orgs("mk", "СКОПЈЕ - Царинската управа заплени цигари на граничниот премин кон Србија, соопшти Македонија."))
                .contains("Customs Administration of North Macedonia");
        assertThat(orgs("sq", "PRISHTINË - Avokati i Popullit i kërkoi Qeverisë së Kosovës të zbatojë vendimin."))
                .contains("Ombudsperson Institution of Kosovo");
        assertThat(orgs("sq", "TIRANË - Raporti i Avokatit të Popullit u dorëzua në Kuvendin e Shqipërisë."))
                .contains("People's Advocate of Albania");
    }

    @Test
    void mupIsTheStorysInteriorMinistryButNotACantonsOrAGovernmentsCapitalisedWord() {
        assertThat(orgs("sr-Latn", "BEOGRAD - Kako je saopštio MUP, uhapšena su dva osumnjičena u Novom Sadu."))
                .containsExactly("Ministry of Interior of Serbia");
        assertThat(orgs("bs", "SARAJEVO - MUP KS uhapsio je osumnjičenog u Sarajevu.")).isEmpty();
        assertThat(orgs("hr", "ZAGREB - Ministar je nakon sjednice Vlade rekao da će plaće u Hrvatskoj rasti.")).isEmpty();
    }

    @Test
    void theSameWordsInLowerCaseNameNoBody() {
        assertThat(orgs("sr-Latn", "BEOGRAD - Svaka poreska uprava u regionu dobiće nova ovlašćenja, rekao je izvor iz Srbije."))
                .doesNotContain("Tax Administration of Serbia");
    }

    @Test
    void inflectedCourtsAreTheStorysCountrys() {
        assertThat(orgs("hr", "Odluku je osporio pred Ustavnim sudom, a Vrhovni sud o žalbi još nije odlučio."))
                .contains("Constitutional Court of Croatia", "Supreme Court of Croatia");
    }

    @Test
    void aNationalBankInAStoryAboutBelgradeIsSerbiasEvenWhenTheLanguageReadsAsCroatian() {
        assertThat(orgs("hr", "Narodna banka je u četvrtak povećala referentnu kamatnu stopu, saopšteno je u Beogradu."))
                .contains("National Bank of Serbia").doesNotContain("Croatian National Bank");
    }

    @Test
    void aSerbianStoryAboutTwoCountriesNamesItsOwnCountrysAssembly() {
        assertThat(orgs("sr-Latn", "BEOGRAD - Srbija neće uvesti sankcije Rusiji, rekao je ministar posle sastanka sa ruskim "
                + "ambasadorom. Opozicija traži da o odnosima sa Rusijom raspravlja Narodna skupština. Srbija i Rusija "
                + "potpisale su i sporazum o gasu."))
                .contains("National Assembly of Serbia");
        assertThat(orgs("sr-Cyrl", "БАЊАЛУКА - Народна скупштина Републике Српске усвојила је закључке."))
                .contains("National Assembly of Republika Srpska").doesNotContain("National Assembly of Serbia");
    }

    @Test
    void theKuvendiAndThePresidencyAreTheirCountrysLegislatureAndPresidency() {
        assertThat(orgs("sq", "Kuvendi miratoi ligjin me 70 vota pas një debati të gjatë në Tiranë.")).contains("Parliament of Albania");
        assertThat(orgs("bs", "Predsjedništvo je odbilo prijedlog o imenovanju ambasadora, saopćeno je iz Sarajeva."))
                .contains("Presidency of Bosnia and Herzegovina");
    }

    @Test
    void bulgarianAndMacedonianCourtsAndCommissions() {
        assertThat(orgs("bg", "Конституционният съд отмени решението на парламента в София.")).contains("Constitutional Court of Bulgaria");
        assertThat(orgs("mk", "Државната изборна комисија ги објави конечните резултати."))
                .contains("State Election Commission of North Macedonia");
    }

    @Test
    void aMinistryNamedByItsPortfoliosIsTheStorysCountrysInEnglish() {
        assertThat(orgs("bg", "СОФИЯ - Министерството на земеделието и храните ще преведе помощите на стопаните през март."))
                .contains("Ministry of Agriculture and Food of Bulgaria");
        assertThat(orgs("mk", "СКОПЈЕ - Од Министерството за образование и наука соопштија дека учебниците ќе бидат бесплатни."))
                .contains("Ministry of Education and Science of North Macedonia");
        assertThat(orgs("el", "ΑΘΗΝΑ - Το υπουργείο Υγείας ανακοίνωσε νέες προσλήψεις σε νοσοκομεία της Πελοποννήσου."))
                .contains("Ministry of Health of Greece");
        assertThat(orgs("sr-Cyrl", "БЕОГРАД - Министарство рударства и енергетике Србије објавило је тендер за нову електрану."))
                .contains("Ministry of Mining and Energy of Serbia");
        assertThat(orgs("sq", "TIRANË - Ministria e Bujqësisë dhe Zhvillimit Rural e Shqipërisë nisi pagesat për fermerët."))
                .contains("Ministry of Agriculture and Rural Development of Albania").doesNotContain("Ministria e Bujqësisë");
    }

    @Test
    void aMinistryAfterAnotherCountrysAdjectiveIsThatCountrys() {
        assertThat(orgs("el", "Η Αθήνα απάντησε στην ανακοίνωση του τουρκικού Υπουργείου Εξωτερικών για τα πάρκα."))
                .contains("Ministry of Foreign Affairs of Turkey").doesNotContain("Ministry of Foreign Affairs of Greece");
        assertThat(orgs("hr", "Zagreb je odgovorio na priopćenje srpskog Ministarstva vanjskih poslova u petak."))
                .contains("Ministry of Foreign Affairs of Serbia");
    }

    @Test
    void aBulgarianOrMacedonianMinistryOfACountryNamedAfterNaIsThatCountrys() {
        assertThat(orgs("mk", "Скопје чека одговор од Министерството за надворешни работи на Бугарија до петок."))
                .contains("Ministry of Foreign Affairs of Bulgaria").doesNotContain("Ministry of Foreign Affairs of North Macedonia");
        assertThat(orgs("bg", "Министерството на земеделието на Румъния отговори на запитването в сряда."))
                .contains("Ministry of Agriculture of Romania");
    }

    @Test
    void theEuropeanUnionByItsBulgarianAndGreekAcronyms() {
        assertThat(orgs("bg", "България е външна граница на ЕС, каза министърът.")).contains("European Union");
        assertThat(orgs("el", "Η Ελλάδα ζήτησε από την ΕΕ περισσότερα κονδύλια.")).contains("European Union");
    }

    @Test
    void aMinistryKnownToTheKnowledgeBaseIsItsEntryAndAMinisterIsNoMinistry() {
        assertThat(orgs("bg", "СОФИЯ - Министерството на вътрешните работи затвори пътя към границата."))
                .containsExactly("Ministry of Interior of Bulgaria");
        assertThat(orgs("bg", "СОФИЯ - Министърът на земеделието и храните посети фермите край Добрич.")).isEmpty();
    }

    @Test
    void aHeadlinesShortNameOfAMinistryIsTheBodysFullName() {
        EnrichedStory s = TestTagger.get().tag(new WireStory("t", 1, "Министерството за образование објави конкурс",
                "СКОПЈЕ - Министерството за образование и наука објави конкурс за стипендии.", "mk", null, "plain", null, null,
                DAY, DAY));
        assertThat(s.organisations()).extracting(EnrichedStory.OrganisationTag::name)
                .containsExactly("Ministry of Education and Science of North Macedonia");
    }

    @Test
    void aBodysWordThatReadsAsADeclinedTownIsTheBody() {
        // "Βουλή" is also the South Slavic dative the inflector makes of the town Βούλα
        var s = TestTagger.tag("el", "ΑΘΗΝΑ - Η Βουλή ψήφισε χθες τον νέο νόμο για τα ενοίκια.", DAY);
        assertThat(s.organisations()).extracting(EnrichedStory.OrganisationTag::name).containsExactly("Hellenic Parliament");
        assertThat(s.mentions()).noneMatch(m -> m.text().equals("Βουλή") && m.type().equals("place"));
    }

    @Test
    void aSlovenianMinistryInLowerCaseIsReadByItsPortfolios() {
        assertThat(orgs("sl", "LJUBLJANA - Pravilnik so pripravili na ministrstvu za zdravje, na ministrstvu za zunanje in evropske "
                + "zadeve pa o njem še niso odločali."))
                .contains("Ministry of Health of Slovenia", "Ministry of Foreign and European Affairs of Slovenia");
    }

    @Test
    void aSlovenianBodyInTheGenitiveIsMatched() {
        assertThat(orgs("sl", "LJUBLJANA - Športnikom so čestitali predstavniki Olimpijskega komiteja Slovenije."))
                .contains("Olympic Committee of Slovenia");
    }

    @Test
    void aMacedonianDefiniteNationalBankAKosovoAppealsCourtAndALowerCaseSlovenianCourt() {
        assertThat(orgs("mk", "СКОПЈЕ - Народната банка ја задржа основната каматна стапка.")).contains(
                "National Bank of the Republic of North Macedonia");
        assertThat(orgs("sq", "Mbrojtja në Prishtinë tha se do ta ankimojë vendimin në Gjykatën e Apelit.")).contains(
                "Court of Appeals of Kosovo");
        assertThat(orgs("sq", "Gjykata e Apelit e la në fuqi aktgjykimin e Gjykatës Themelore të Prishtinës.")).contains(
                "Court of Appeals of Kosovo");
        assertThat(orgs("sq", "Mbrojtja në Tiranë tha se do ta ankimojë vendimin në Gjykatën e Apelit.")).isEmpty();
        assertThat(orgs("sl", "LJUBLJANA - Sindikat bo na ustavno sodišče vložil pobudo za oceno ustavnosti.")).contains(
                "Constitutional Court of Slovenia");
    }

    @Test
    void aMinistryByItsNativeNameIsQualifiedWithTheStorysCountryWhenTheKnowledgeBaseLacksIt() {
        assertThat(orgs("sr-Latn", "NIŠ - Iz Ministarstva finansija saopšteno je da će opštine na jugu Srbije dobiti novac za puteve."))
                .contains("Ministry of Finance of Serbia");
        assertThat(orgs("hr", "OSIJEK - U Ministarstvu financija u srijedu su primili gradonačelnike iz Slavonije."))
                .contains("Ministry of Finance of Croatia");
    }

    @Test
    void fiscalCouncilsAndTheLjubljanaStockExchangeInAnyCase() {
        assertThat(orgs("sr-Cyrl", "БЕОГРАД - Према процени Фискалног савета, дефицит ће бити већи од планираног."))
                .contains("Fiscal Council of Serbia");
        assertThat(orgs("sl", "LJUBLJANA - Fiskalni svet je opozoril na tveganja, delnice na Ljubljanski borzi pa so padle."))
                .contains("Fiscal Council of Slovenia", "Ljubljana Stock Exchange");
    }
}
