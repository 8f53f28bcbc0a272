package io.wirefeed.enrich.tagging;

import static io.wirefeed.enrich.tagging.StoryPasses.Upto.ROLL_UP;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.tagging.FocusPass.Evidence;
import io.wirefeed.enrich.tagging.FocusPass.Reference;
import io.wirefeed.model.EnrichedStory.Mention;
import io.wirefeed.model.EnrichedStory.OrganisationTag;
import io.wirefeed.model.WireStory;
import org.junit.jupiter.api.Test;

/** The roll-up pass: counts, mentions, countries and regions, and the references the focus is scored from. */
class RollUpPassTest {

    private static Draft rolledUp(String body) {
        return StoryPasses.run(ROLL_UP, "Report", body);
    }

    @Test
    void aPlaceCountsForItsCountryAndTheCountryForItsRegions() {
        Draft d = rolledUp("Talks were held in Belgrade and again in Beograd.");
        assertThat(d.countries).containsExactly("RS");
        assertThat(d.regions).containsExactlyInAnyOrder("western-balkans", "southern-europe", "europe");
        assertThat(d.tally.placeTags()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Belgrade");
            assertThat(p.mentions()).isEqualTo(2);
        });
    }

    @Test
    void aProviderTheKnowledgeBaseLacksIsTaggedAsTheCopyCreditsIt() {
        java.time.Instant day = java.time.Instant.parse("2026-05-04T10:00:00Z");
        WireStory credited = new WireStory("c", 1, "Dock strike", "Dock workers stayed out on Monday.", "en",
                "kenya-news-agency", "plain", "NAIROBI", null, day, day, "Kenya News Agency");
        assertThat(io.wirefeed.enrich.TestTagger.get().tag(credited).organisations()).extracting(OrganisationTag::name)
                .containsExactly("Kenya News Agency");
        WireStory coded = new WireStory("c", 1, "Dock strike", "Dock workers stayed out on Monday.", "en",
                "kenya-news-agency", "plain", "NAIROBI", null, day, day);
        assertThat(io.wirefeed.enrich.TestTagger.get().tag(coded).organisations()).extracting(OrganisationTag::name)
                .containsExactly("kenya-news-agency");
    }

    @Test
    void everyMentionKeepsItsOffsetsAndTypeInTextOrder() {
        Draft d = rolledUp("Mira Jovanović flew to Tirana.");
        assertThat(d.mentions).extracting(Mention::type, Mention::text, Mention::ref).containsExactly(
                org.assertj.core.groups.Tuple.tuple("person", "Mira Jovanović", "person:mira-jovanovic"),
                org.assertj.core.groups.Tuple.tuple("place", "Tirana", "AL"));
        Mention tirana = d.mentions.get(1);
        assertThat(d.text.substring(tirana.start(), tirana.end())).isEqualTo("Tirana");
    }

    @Test
    void aBareBaseNameCountsOnlyInAStoryAboutItsCountry() {
        Draft slovenian = rolledUp("The Social Democrats won the vote in Slovenia.");
        Draft serbian = rolledUp("The Social Democrats won the vote in Serbia.");
        assertThat(slovenian.tally.orgTags(null)).extracting(OrganisationTag::name).containsExactly("Social Democrats (Slovenia)");
        assertThat(serbian.tally.orgTags(null)).isEmpty();
        assertThat(serbian.mentions).extracting(Mention::text).containsExactly("Serbia");
    }

    @Test
    void aBareBaseNameOfSeveralCountriesIsTheOneOfTheCountryTheStoryIsClearlyAbout() {
        Draft albanian = rolledUp("The Social Democrats won the vote in Albania. Albanian voters in Tirana backed them, "
                + "observers from Slovenia said.");
        Draft even = rolledUp("The Social Democrats won the vote in Albania, observers from Slovenia said.");
        assertThat(albanian.tally.orgTags(null)).extracting(OrganisationTag::name).containsExactly("Social Democrats (Albania)");
        assertThat(even.tally.orgTags(null)).isEmpty();
    }

    @Test
    void listedMinistriesAreTheBodiesOfTheCountryWrittenWithTheFirst() {
        Draft d = rolledUp("Serbia's Ministry of Justice, Transport, Labor and Health signed the plan.");
        assertThat(d.tally.orgTags(null)).extracting(OrganisationTag::name).containsExactlyInAnyOrder(
                "Ministry of Justice of Serbia", "Ministry of Transport of Serbia", "Ministry of Labour of Serbia",
                "Ministry of Health of Serbia");
    }

    @Test
    void aStatesBodyNamedInItsOwnLanguageIsTheKnowledgeBasesEntryByItsEnglishName() {
        Draft d = StoryPasses.run(StoryPasses.Upto.ROLL_UP, new WireStory("t", 1, "Odluka", "Ustavni sud Srbije odbio je žalbu.",
                "sr-Latn", null, "plain", null, null, StoryPasses.DAY, StoryPasses.DAY));
        assertThat(d.tally.orgTags(null)).extracting(OrganisationTag::name).containsExactly("Constitutional Court of Serbia");
    }

    @Test
    void aBodyNamedInAnotherLanguageTheKnowledgeBaseLacksIsNotReported() {
        Draft d = StoryPasses.run(StoryPasses.Upto.ROLL_UP, new WireStory("t", 1, "Ανακοίνωση",
                "Η Βουλή ψήφισε νέα μέτρα.", "el", null, "plain", null, null, StoryPasses.DAY, StoryPasses.DAY));
        assertThat(d.newNames).extracting(UnknownNamesPass.NewName::name).containsExactly("Parliament");
        assertThat(d.tally.orgTags(null)).isEmpty();
    }

    @Test
    void aMinistryNamedInAnotherLanguageTheKnowledgeBaseLacksIsQualifiedWithItsCountry() {
        // a ministry's English name is made from its portfolio, so it is reported as the country's ministry
        Draft d = StoryPasses.run(StoryPasses.Upto.ROLL_UP, new WireStory("t", 1, "Ανακοίνωση",
                "Το υπουργείο Εξωτερικών ανακοίνωσε νέα μέτρα.", "el", null, "plain", null, null, StoryPasses.DAY, StoryPasses.DAY));
        assertThat(d.tally.orgTags(null)).extracting(OrganisationTag::name).containsExactly("Ministry of Foreign Affairs of Greece");
    }

    @Test
    void aGenericBodysBareNameThatIsAnotherCountrysIsTheStorysOwnCountrysBody() {
        Draft serbian = rolledUp("The Supreme Court ruled on Monday in Belgrade.");
        assertThat(serbian.tally.orgTags(TinyKb.get().countries.get("RS"))).extracting(OrganisationTag::name)
                .containsExactly("Supreme Court of Serbia");
        Draft kosovar = rolledUp("The Supreme Court ruled on Monday in Pristina, Kosovo.");
        assertThat(kosovar.tally.orgTags(null)).extracting(OrganisationTag::name).containsExactly("Supreme Court of Kosovo");
    }

    @Test
    void anAgreementIsMentionedButNotCountedAsABody() {
        Draft d = rolledUp("Both sides signed the Balkan Accord.");
        assertThat(d.mentions).extracting(Mention::type).containsExactly("agreement");
        assertThat(d.tally.orgTags(null)).isEmpty();
    }

    @Test
    void aStateBodyRefersToItsCountryAndAnOutletQuotedAsSourceDoesNot() {
        Draft d = rolledUp("The Serbian Government agreed, Tanjug reported.");
        assertThat(d.countries).containsExactly("RS");
        assertThat(d.references).containsExactly(new Reference("RS", Evidence.ORGANISATION, FocusScorer.Position.LEAD, 12, 30));
    }

    @Test
    void theDatelineAndProviderAreRolledUpAfterTheText() {
        Draft d = StoryPasses.run(ROLL_UP, new WireStory("t", 1, "Report", "Talks went on in Tirana.", "en", "tanjug", "plain",
                "BELGRADE", null, StoryPasses.DAY, StoryPasses.DAY));
        assertThat(d.countries).containsExactly("AL", "RS");
        assertThat(d.references).extracting(Reference::evidence).containsExactly(Evidence.PLACE, Evidence.DATELINE);
        assertThat(d.tally.orgTags(null)).extracting(OrganisationTag::name).containsExactly("Tanjug");
    }
}
