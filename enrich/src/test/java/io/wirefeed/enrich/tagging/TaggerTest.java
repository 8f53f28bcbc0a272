package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import io.wirefeed.model.EnrichedStory;
import io.wirefeed.model.EnrichedStory.OrganisationTag;
import io.wirefeed.model.EnrichedStory.PersonTag;
import io.wirefeed.model.WireStory;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tagging rules, each on sentences written for the test, in the languages wirefeed reads. */
class TaggerTest {
    private static final Instant DAY = Instant.parse("2026-11-27T10:00:00Z");

    private static EnrichedStory tag(String headline, String body) {
        return tag(headline, body, DAY);
    }

    private static EnrichedStory tag(String headline, String body, Instant at) {
        return TestTagger.get().tag(new WireStory("t", 1, headline, body, null, null, "plain", null, null, at, at));
    }

    private static List<String> people(EnrichedStory s) {
        return s.people().stream().map(PersonTag::name).toList();
    }

    private static PersonTag person(EnrichedStory s, String name) {
        return s.people().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow(
                () -> new AssertionError(name + " not among " + people(s)));
    }

    private static List<String> orgs(EnrichedStory s) {
        return s.organisations().stream().map(OrganisationTag::name).toList();
    }

    @Test
    void findsInflectedSerbianSurnamesAsThePerson() {
        EnrichedStory s = tag("Sastanak u Beogradu", "Ministar je razgovarao sa Aleksandrom Vučićem. Prema rečima Vučića, "
                + "sastanak u Beogradu bio je uspešan, a Vučiću je uručen poziv.");
        assertThat(person(s, "Aleksandar Vučić").mentions()).isEqualTo(3);
        assertThat(person(s, "Aleksandar Vučić").id()).isEqualTo("person:aleksandar-vucic");
        assertThat(s.countries()).contains("RS");
    }

    @Test
    void readsCyrillicAndAlbanianSpellingsOfTheSamePerson() {
        assertThat(people(tag("Вучић у Москви", "Председник Александар Вучић састао се са руским званичницима."))).contains("Aleksandar Vučić");
        assertThat(people(tag("Vuçiç takon Kurtin", "Presidenti serb Aleksandër Vuçiç dhe kryeministri Albin Kurti u takuan në Bruksel.")))
                .contains("Aleksandar Vučić", "Albin Kurti");
    }

    @Test
    void readsInflectedCountryNamesInSerbianAlbanianAndCroatian() {
        assertThat(tag("Izjava", "Delegacija Srbije doputovala je u Srbiju, a razgovori sa Srbijom se nastavljaju.").countries())
                .containsExactly("RS");
        assertThat(tag("Deklaratë", "Qeveria e Shqipërisë dhe përfaqësuesit e Kosovës u takuan.").countries())
                .contains("AL", "XK");
        assertThat(tag("Izjava", "Premijer je govorio o Hrvatskoj i Bosni i Hercegovini.").countries()).contains("HR", "BA");
    }

    @Test
    void readsGreekNamesAndTheirCaseForms() {
        EnrichedStory s = tag("Δήλωση", "Ο πρωθυπουργός Κυριάκος Μητσοτάκης συναντήθηκε με τον Νίκο Δένδια στην Αθήνα.");
        assertThat(people(s)).contains("Kyriakos Mitsotakis", "Nikos Dendias");
        assertThat(s.countries()).contains("GR");
    }

    @Test
    void takesRsAndSrpskaAsRepublikaSrpskaNotSerbia() {
        EnrichedStory s = tag("Odluka Skupštine", "Narodna skupština RS usvojila je zaključke. Vlasti u Srpskoj najavile su nove korake.");
        assertThat(s.countries()).contains("BA").doesNotContain("RS");
    }

    @Test
    void takesBrusselsAsTheEuUnlessBelgiumIsTheSubject() {
        EnrichedStory eu = tag("Talks stall", "Brussels urged negotiators from Belgrade and Pristina to meet again on Monday.");
        assertThat(orgs(eu)).contains("European Union");
        assertThat(eu.countries()).doesNotContain("BE");
        EnrichedStory be = tag("Belgian government falls", "Belgium's prime minister resigned in Brussels on Monday.");
        assertThat(be.countries()).contains("BE");
    }

    @Test
    void takesCapitalsAsTheirCountries() {
        EnrichedStory s = tag("Statement", "Both Moscow and Belgrade support the agreement, officials in Pristina said.");
        assertThat(s.countries()).contains("RU", "RS", "XK");
    }

    @Test
    void leavesCurrenciesAndEthnicGroupsOutOfTheCountries() {
        EnrichedStory s = tag("Budget", "The loan of 300 million US dollars was welcomed by ethnic Albanian parties in Skopje.");
        assertThat(s.countries()).contains("MK").doesNotContain("US", "AL");
    }

    @Test
    void anEthnicGroupNamedAfterTheCountryItLivesInIsNotItsOwnState() {
        EnrichedStory s = tag("Vote", "Kosovo Serb parties and Bosnian Croat leaders backed the plan in Mostar on Monday.");
        assertThat(s.countries()).contains("XK", "BA").doesNotContain("RS", "HR");
        EnrichedStory control = tag("Talks", "Bosnian and Serbian officials met in Mostar.");
        assertThat(control.countries()).contains("BA", "RS");
        assertThat(tag("Vote", "Serbs in the north of Kosovo and a Croat member of the presidency of Bosnia opposed the plan.")
                .countries()).contains("XK", "BA").doesNotContain("RS", "HR");
    }

    @Test
    void resolvesASurnameAloneToTheFullNameUsedEarlier() {
        EnrichedStory s = tag("Kurti speaks", "Kosovo Prime Minister Albin Kurti spoke in Pristina. Kurti said talks would go on.");
        assertThat(person(s, "Albin Kurti").mentions()).isEqualTo(3); // headline, full name, surname
    }

    @Test
    void resolvesALoneSurnameToTheOnePersonFromTheStorysCountries() {
        EnrichedStory s = tag("Plenković in Zagreb", "Croatia will support its neighbours, Plenković told reporters in Zagreb.");
        assertThat(people(s)).contains("Andrej Plenković");
    }

    @Test
    void readsRolesFromTheText() {
        EnrichedStory s = tag("Talks", "Russian Foreign Minister Sergey Lavrov met First Deputy Prime Minister and Foreign Minister "
                + "of Serbia Ivica Dačić.");
        assertThat(person(s, "Sergey Lavrov").roles()).containsExactly("Minister of Foreign Affairs");
        assertThat(person(s, "Ivica Dačić").roles()).containsExactly("First Deputy Prime Minister", "Minister of Foreign Affairs");
    }

    @Test
    void readsRolesInAlbanianAndAppositions() {
        EnrichedStory sq = tag("Deklaratë", "Kryeministri Albin Kurti tha se dialogu vazhdon.");
        assertThat(person(sq, "Albin Kurti").roles()).contains("Prime Minister");
        EnrichedStory en = tag("Statement", "Edi Rama, Albania's prime minister, said the talks were useful.");
        assertThat(person(en, "Edi Rama").roles()).contains("Prime Minister");
    }

    @Test
    void takesRolesFromTheKnowledgeBaseAtTheStorysDateWhenTheTextGivesNone() {
        EnrichedStory now = tag("Statement", "Aleksandar Vučić spoke to reporters.");
        assertThat(person(now, "Aleksandar Vučić").roles()).contains("President");
        EnrichedStory then = tag("Statement", "Aleksandar Vučić spoke to reporters.", Instant.parse("2015-06-01T00:00:00Z"));
        assertThat(person(then, "Aleksandar Vučić").roles()).contains("Prime Minister").doesNotContain("President");
    }

    @Test
    void aGivenNameOfTheBroadLexiconMakesAnUnknownPairAPerson() {
        EnrichedStory s = tag("Talks in Brasilia", "The talks were chaired by the head of the lower house, Dwayne Okafor-Lindqvist, "
                + "and the committee's rapporteur, Marisol Quennell.");
        assertThat(people(s)).contains("Dwayne Okafor-Lindqvist", "Marisol Quennell");
        assertThat(person(s, "Marisol Quennell").inKb()).isFalse();
    }

    @Test
    void aLowerCaseRoleNounBeforeAnUnknownPairMakesItAPerson() {
        EnrichedStory s = tag("Cup final", "The side was led by tennis star Zoltek Varadinec, while former minister Ondra Bělohlávek watched.");
        assertThat(people(s)).contains("Zoltek Varadinec", "Ondra Bělohlávek");
        assertThat(people(tag("Island", "Tourists flocked to Prince Ulmo Island last summer."))).doesNotContain("Ulmo Island");
    }

    @Test
    void aGivenNameThatIsAlsoAnOrdinaryWordIsNoCue() {
        EnrichedStory s = tag("Markets", "Traders said Hope Springs Eternal would list shares in May Trading Week.");
        assertThat(people(s)).doesNotContain("Hope Springs", "Hope Springs Eternal", "May Trading Week");
    }

    @Test
    void reportsPeopleAndOrganisationsTheKnowledgeBaseLacks() {
        EnrichedStory s = tag("New party", "Deputy Minister Jovana Testić said the Movement for Green Valleys Party would run. "
                + "Testić added that the Agency for Clean Rivers agreed.");
        PersonTag jt = person(s, "Jovana Testić");
        assertThat(jt.inKb()).isFalse();
        assertThat(jt.mentions()).isEqualTo(2);
        assertThat(orgs(s)).contains("Movement for Green Valleys Party", "Agency for Clean Rivers");
        assertThat(s.organisations()).filteredOn(o -> o.name().startsWith("Agency")).allMatch(o -> !o.inKb());
    }

    @Test
    void aCapitalisedWordAtTheStartOfASentenceIsNotANewspaper() {
        EnrichedStory s = tag("Sednica", "Danas je održana sednica vlade u Beogradu.");
        assertThat(orgs(s)).doesNotContain("Danas");
    }

    @Test
    void rollsCountriesUpToRegionsAndFocusesOnWhatTheStoryIsAbout() {
        EnrichedStory s = tag("Serbia and Kosovo agree on energy", "BELGRADE - Serbia and Kosovo agreed on energy. Serbian and "
                + "Kosovo officials met in Brussels. A Chinese firm may invest, Serbia said.");
        assertThat(s.regions()).contains("western-balkans", "balkans", "southern-europe", "europe", "eastern-asia");
        assertThat(s.focus().countries()).containsExactlyInAnyOrder("RS", "XK");
        assertThat(s.focus().regions()).contains("balkans").doesNotContain("eastern-asia");
    }

    @Test
    void aStoryAboutAnotherContinentIsNotAboutTheBalkans() {
        EnrichedStory s = tag("Kenya budget", "Kenya's parliament in Nairobi passed the budget, while Serbia watched.");
        assertThat(s.focus().countries()).first().isEqualTo("KE");
        assertThat(s.focus().regions()).doesNotContain("balkans");
    }

    @Test
    void theOtherCountryOfATwoCountryStoryIsInTheFocus() {
        // named in the lead and again later, well behind Greece but far ahead of anything else
        EnrichedStory s = tag("Greece seeks help on migrant route", "The Greek government wants Libyan authorities to stop "
                + "migrant boats sailing to Crete, a spokesman said.\n"
                + "The Greek foreign minister will visit Tripoli next week.");
        assertThat(s.focus().countries()).containsExactly("GR", "LY");
    }

    @Test
    void theAgencyQuotedIsNotWhatTheStoryIsAbout() {
        EnrichedStory s = tag("Budget passed", "Serbia's parliament passed the budget on Friday, Reuters reported.\n"
                + "The vote came after a two-day debate, Reuters said.");
        assertThat(s.focus().countries()).containsExactly("RS");
    }

    @Test
    void givesMentionOffsetsIntoHeadlineAndBody() {
        EnrichedStory s = tag("Kurti in Tirana", "Albin Kurti arrived.");
        String text = s.headline() + "\n\n" + s.bodyText();
        assertThat(s.mentions()).isNotEmpty().allSatisfy(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()));
    }

    @Test
    void detectsTheLanguageWhenTheInputDoesNotSayIt() {
        assertThat(tag("Sastanak", "Predsednik je rekao da će sutra posetiti opštine na jugu Srbije i da je vreme za razgovor.")
                .language()).isEqualTo("sr-Latn");
        assertThat(tag("Sastanak", "Predsjednik Vlade kazao je da će tijekom studenoga posjetiti općine i da je Hrvatska spremna.")
                .language()).isEqualTo("hr");
        assertThat(tag("Takim", "Kryeministri tha se qeveria është e gatshme për dialog dhe se takimi do të mbahet të hënën.")
                .language()).isEqualTo("sq");
        assertThat(tag("Средба", "Премиерот рече дека владата ќе продолжи со реформите и дека средбата беше успешна.")
                .language()).isEqualTo("mk");
        assertThat(tag("Среща", "Премиерът заяви, че правителството ще продължи с реформите и че срещата е била успешна.")
                .language()).isEqualTo("bg");
        assertThat(tag("Састанак", "Председник је рекао да ће сутра посетити општине и да ђаци иду у школу.").language())
                .isEqualTo("sr-Cyrl");
        assertThat(tag("Συνάντηση", "Ο πρωθυπουργός δήλωσε ότι η κυβέρνηση θα συνεχίσει τις μεταρρυθμίσεις.").language()).isEqualTo("el");
        assertThat(tag("Srečanje", "Predsednik vlade je dejal, da bo vlada nadaljevala z reformami in da je bilo srečanje tudi uspešno.")
                .language()).isEqualTo("sl");
        assertThat(tag("Meeting", "The prime minister said that the government would continue with the reforms.").language()).isEqualTo("en");
    }

    @Test
    void tellsGeorgiaTheCountryFromTheUsStateByContext() {
        assertThat(tag("Vote in Georgia", "Voters in Georgia went to the polls, and results from Atlanta came in late.").countries())
                .contains("US").doesNotContain("GE");
        assertThat(tag("Talks with Georgia", "Georgia and Armenia signed a transit deal in Tbilisi.").countries()).contains("GE");
    }

    @Test
    void readsMacedoniaByTheStorysDateAndContext() {
        Instant before = Instant.parse("2017-05-01T00:00:00Z");
        assertThat(tag("Skopje talks", "Macedonia and Greece held talks on the name dispute.", before).countries()).contains("MK");
        assertThat(tag("Fires in the north", "Fires broke out in Macedonia, near Thessaloniki, Greek officials said.").countries())
                .contains("GR").doesNotContain("MK");
        assertThat(tag("Skopje", "Macedonia's prime minister spoke in Skopje.").countries()).contains("MK");
    }

    @Test
    void reportsNewsOutletsNamedAsSources() {
        EnrichedStory s = tag("Report", "The news portal Vestinik wrote that talks stalled, according to the website Lajmifalas.net. "
                + "Zeitungsbote reported the same.");
        assertThat(orgs(s)).contains("Vestinik", "Lajmifalas.net", "Zeitungsbote");
    }

    private static EnrichedStory tagDatelined(String dateline, String headline, String body) {
        return TestTagger.get().tag(new WireStory("t", 1, headline, body, null, null, "plain", dateline, null, DAY, DAY));
    }

    private static List<String> mentionRefs(EnrichedStory s) {
        return s.mentions().stream().map(m -> m.ref()).toList();
    }

    @Test
    void takesABareQualifiedPartyNameOnlyInAStoryAboutItsCountry() {
        EnrichedStory romania = tagDatelined("BUCHAREST", "Romanian coalition talks stall",
                "Romania's governing coalition failed to agree on the budget on Thursday, after the Social Democrats (PSD) "
                        + "rejected the proposed tax rises. The Social Democrats said they would return to talks next week.");
        assertThat(orgs(romania)).contains("Social Democratic Party (Romania)").doesNotContain("Social Democrats (Slovenia)");
        assertThat(mentionRefs(romania)).doesNotContain("org:sd-si");

        EnrichedStory slovenia = tagDatelined("LJUBLJANA", "Coalition partner backs pension reform",
                "The Social Democrats will back the pension reform, party leader Matjaž Han told reporters on Thursday. "
                        + "Prime Minister Robert Golob welcomed the decision.");
        assertThat(orgs(slovenia)).contains("Social Democrats (Slovenia)");
        assertThat(mentionRefs(slovenia)).contains("org:sd-si");
    }

    @Test
    void picksTheOneQualifiedPartyOfTheStorysCountryAmongThoseSharingABareName() {
        EnrichedStory s = tag("Opposition protest in Belgrade", "The Democratic Party called a protest in Belgrade on Saturday.");
        assertThat(orgs(s)).contains("Democratic Party (Serbia)").doesNotContain("Democratic Party (United States)", "Democratic Party (Italy)");
    }

    @Test
    void readsThePartyOfACountryByItsBareNameInAStoryAboutThatCountry() {
        EnrichedStory albania = tagDatelined("TIRANA", "Albanian opposition boycotts parliament",
                "The Democratic Party said on Monday it would boycott parliament until the government answered its "
                        + "questions on the budget. The Socialist Party, which governs Albania, called the boycott pointless.");
        assertThat(orgs(albania)).contains("Democratic Party of Albania", "Socialist Party of Albania");

        EnrichedStory montenegro = tagDatelined("PODGORICA", "Opposition party elects new leader",
                "The Socialist Party elected a new leader at its congress in Podgorica on Sunday.");
        assertThat(orgs(montenegro)).doesNotContain("Socialist Party of Albania");
    }

    @Test
    void aMinistryNamedWithoutItsCountryIsTheOneOfTheCountryTheStoryIsAbout() {
        EnrichedStory croatia = tagDatelined("ZAGREB", "Croatia plans lower budget deficit",
                "Croatia expects its budget deficit to narrow next year, the Ministry of Finance said on Tuesday. "
                        + "The Croatian government will send the budget to parliament in November.");
        assertThat(croatia.organisations()).filteredOn(o -> o.name().startsWith("Ministry of Finance"))
                .singleElement().satisfies(o -> {
                    assertThat(o.name()).isEqualTo("Ministry of Finance of Croatia");
                    assertThat(o.country()).isEqualTo("HR");
                    assertThat(o.inKb()).isFalse();
                });
    }

    @Test
    void aBareBaseNameIsTheStorysOwnPartyWhenItsKnownQualifiedNameIsAnAlias() {
        EnrichedStory s = tagDatelined("SEOUL", "South Korea passes chip support law",
                "South Korea's parliament passed a law on Thursday to support chipmakers, with the ruling Democratic Party "
                        + "voting in favour. Seoul hopes the law will help its firms compete with US rivals, and the "
                        + "South Korean finance ministry will set the rules.");
        assertThat(orgs(s)).contains("Democratic Party of Korea").doesNotContain("Democratic Party (United States)");
    }

    @Test
    void aGenericBodyInAStoryAboutTwoCountriesIsTheOneOfTheDatelinesCountry() {
        EnrichedStory s = tagDatelined("ACCRA", "Ghana and Togo agree to share power line",
                "Ghana and Togo agreed on Monday to build a new power line between their grids, officials said. "
                        + "The Ministry of Energy said work would start in March, and the National Assembly will "
                        + "ratify the deal next month.");
        assertThat(orgs(s)).contains("Ministry of Energy of Ghana", "National Assembly of Ghana");
    }

    @Test
    void aDepartmentOrDirectorateOfAPortfolioIsQualifiedWithItsCountry() {
        EnrichedStory s = tagDatelined("MANILA", "Filipino crew safe after tanker fire",
                "The Department of Foreign Affairs said on Friday that 14 Filipino crew members were safe after a fire on "
                        + "their tanker. The Labour Directorate will check their contracts, and the National Statistics "
                        + "Office keeps a count of sailors abroad.");
        assertThat(orgs(s)).contains("Department of Foreign Affairs of the Philippines", "Labour Directorate of the Philippines",
                "National Statistics Office of the Philippines");
        EnrichedStory eu = tagDatelined("BRUSSELS", "EU ministers meet on Serbia",
                "The General Affairs Council discussed Serbia's accession talks on Tuesday.");
        assertThat(orgs(eu)).noneMatch(n -> n.startsWith("General Affairs Council of"));
    }

    @Test
    void aCourtNamedWithoutItsCountryIsTheKnowledgeBasesCourtOfTheStorysCountry() {
        EnrichedStory s = tagDatelined("PODGORICA", "Montenegro's opposition challenges election law",
                "Montenegro's opposition asked the Constitutional Court on Monday to review the new election law. "
                        + "The court has 30 days to rule, its president said.");
        assertThat(orgs(s)).contains("Constitutional Court of Montenegro").doesNotContain("Constitutional Court");
        assertThat(s.organisations()).filteredOn(o -> o.name().equals("Constitutional Court of Montenegro"))
                .singleElement().satisfies(o -> assertThat(o.inKb()).isTrue());
    }

    @Test
    void aGenericBodyTakesTheCountryWrittenBeforeItAndKeepsItForLaterMentions() {
        EnrichedStory s = tag("Talks to resume next week",
                "Peru's Foreign Ministry said on Saturday that talks with Chile and Bolivia would resume next week. "
                        + "A Foreign Ministry spokeswoman said the delegations had agreed on an agenda.");
        assertThat(orgs(s)).contains("Ministry of Foreign Affairs of Peru").doesNotContain("Foreign Ministry");
    }

    @Test
    void aGenericBodyWithItsCountryInItsNameKeepsTheNameAsWritten() {
        EnrichedStory s = tag("Vote count delayed",
                "The Election Commission of Nepal said counting would take a week. The Election Commission "
                        + "blamed the delay on heavy rain in the hills.");
        assertThat(orgs(s)).contains("Election Commission of Nepal").doesNotContain("Election Commission (Nepal)",
                "Election Commission");
    }

    @Test
    void aSurnameAfterAnotherGivenNameIsNotTheKnownPersonOfThatSurname() {
        EnrichedStory s = tagDatelined("SOFIA", "Central bank sees inflation easing",
                "The budget committee heard Dimitar Radev, the central bank's governor, on Tuesday. "
                        + "Radev told lawmakers that inflation would slow in the spring.");
        assertThat(people(s)).contains("Dimitar Radev").doesNotContain("Rumen Radev");
        assertThat(person(s, "Dimitar Radev").mentions()).isEqualTo(2);
    }

    @Test
    void aTownsNameAfterAKnownFirstNameIsThatPersonsSurnameThroughoutTheStory() {
        EnrichedStory s = tagDatelined("BRASILIA", "Brazil's lower house backs spending bill",
                "The bill was drafted by Senator Daniel Lima and passed on Wednesday. "
                        + "Opposition parties said Lima had ignored their amendments.");
        assertThat(people(s)).contains("Daniel Lima");
        assertThat(s.countries()).contains("BR").doesNotContain("PE");
    }

    @Test
    void aWordOfAddressIsNotPartOfANewName() {
        EnrichedStory s = tag("Governor faces questions",
                "Reporters asked Mr Tarou Kagawa about the budget on Friday. Mr Kagawa declined to comment.");
        assertThat(people(s)).contains("Tarou Kagawa").noneMatch(n -> n.startsWith("Mr"));
    }

    @Test
    void anOrdinaryWordOfTheStorysLanguageIsATownOnlyWhenTheContextMakesItOne() {
        EnrichedStory reason = tag("Razlog za optimizam",
                "Vlada Srbije je u ponedeljak saopštila da ima razloga za optimizam jer je nezaposlenost pala.");
        assertThat(reason.countries()).contains("RS").doesNotContain("BG");

        EnrichedStory town = tag("Festival u Razlogu",
                "Muzičari iz Srbije nastupiće u Razlogu u Bugarskoj na festivalu narodne muzike."); // a small town abroad comes with its country
        assertThat(town.countries()).contains("BG");
    }

    @Test
    void aHeadlineInTitleCaseIsNoOrganisationsName() {
        EnrichedStory s = tag("Ruling Bloc Suffers Heavy Losses in City Council Vote",
                "The ruling bloc lost eleven seats in Sunday's municipal vote, officials said on Monday.");
        assertThat(orgs(s)).noneMatch(o -> o.contains("Suffers") || o.contains("City Council"));
    }

    @Test
    void aTreatyOrCriteriaNamedAfterACityDoNotMakeAStoryAboutItsCountry() {
        EnrichedStory s = tagDatelined("SKOPJE", "North Macedonia says reforms meet EU standards",
                "North Macedonia has met the Copenhagen criteria on the rule of law, the government said on Friday, "
                        + "adding that it hoped to join the Schengen Area and that the Lisbon Treaty left room for enlargement.");
        assertThat(s.countries()).contains("MK").doesNotContain("DK", "PT", "LU");
        assertThat(mentionRefs(s)).contains("org:copenhagen-criteria", "org:schengen-area", "org:lisbon-treaty");
    }

    @Test
    void aTownsNameThatIsAKnownPersonsFirstNameIsNoPlace() {
        EnrichedStory s = tagDatelined("ATHENS", "Migration talks in Athens",
                "Greece and Libya discussed migration with the Speaker of the Hellenic Parliament Constantine Tassoulas on Monday.");
        assertThat(s.countries()).containsExactlyInAnyOrder("GR", "LY");
        assertThat(s.people()).extracting(EnrichedStory.PersonTag::id).contains("person:konstantinos-tasoulas");
    }

    @Test
    void aWordOpeningASentenceIsNoShortFormOfALongerPlaceName() {
        EnrichedStory s = tagDatelined("PODGORICA", "Predsjednik drži govor",
                "Predsjednik će održati govor u Podgorici.\n\nНакон тога, председник је рекао да ће Црна Гора наставити реформе.");
        assertThat(s.countries()).containsExactly("ME");
    }

    @Test
    void findsAnUnknownPersonByWhatTheyAreOrByTheTitleAfterTheName() {
        EnrichedStory s = tagDatelined("BUCHAREST", "Analysts split on new cabinet",
                "Political science professor Dorin Vasilescu thinks the new cabinet will last. Horia Petrescu is the "
                        + "Minister of Tourism in the new government, while the party's deputy Mihail Toma lost his seat.");
        assertThat(s.people()).extracting(EnrichedStory.PersonTag::name)
                .contains("Dorin Vasilescu", "Horia Petrescu", "Mihail Toma");
        assertThat(s.people()).filteredOn(p -> p.name().equals("Dorin Vasilescu")).singleElement()
                .satisfies(p -> assertThat(p.inKb()).isFalse());
    }

    @Test
    void anOutletNamedAfterTheVerbOfReportingClosingTheSentenceIsAnOrganisation() {
        EnrichedStory s = tagDatelined("PRISTINA", "Kosovo budget vote delayed",
                "The vote on the budget was postponed until next week, reports Zeri. Deputies said they needed more time.");
        assertThat(s.organisations()).extracting(EnrichedStory.OrganisationTag::name).contains("Zeri");
        EnrichedStory notClosing = tagDatelined("PRISTINA", "Kosovo budget vote delayed",
                "The government reports Monday figures to the Assembly every week.");
        assertThat(notClosing.organisations()).extracting(EnrichedStory.OrganisationTag::name).doesNotContain("Monday");
    }

    @Test
    void takesAQualifiedPartysOwnAliasOrFullNameWithoutCountryContext() {
        assertThat(orgs(tag("Vote", "Socialni demokrati are expected to abstain in the vote."))).contains("Social Democrats (Slovenia)");
        assertThat(orgs(tag("Vote", "The Social Democrats (Slovenia) are expected to abstain in the vote.")))
                .contains("Social Democrats (Slovenia)");
        assertThat(orgs(tag("Vote", "Nothing is decided, the Social Democrats said."))).doesNotContain("Social Democrats (Slovenia)");
    }
}
