package io.wirefeed.enrich.tagging;

import static io.wirefeed.enrich.tagging.StoryPasses.Upto.UNKNOWN_NAMES;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.tagging.AliasIndex.Kind;
import io.wirefeed.enrich.tagging.UnknownNamesPass.BylinePerson;
import io.wirefeed.enrich.tagging.UnknownNamesPass.NewName;
import io.wirefeed.model.WireStory;
import org.junit.jupiter.api.Test;

/** The unknown-names pass: people and bodies the knowledge base lacks, later mentions by surname, the byline. */
class UnknownNamesPassTest {

    @Test
    void aNameBeforeAVerbOfSayingIsANewPersonWithTheRoleStatedBeforeIt() {
        Draft d = StoryPasses.run(UNKNOWN_NAMES, "Talks", "Speaker Vesna Kostić said the session would resume.");
        int start = d.text.indexOf("Vesna");
        assertThat(d.newNames).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Kind.PERSON);
            assertThat(n.name()).isEqualTo("Vesna Kostić");
            assertThat(n.start()).isEqualTo(start);
            assertThat(n.end()).isEqualTo(start + "Vesna Kostić".length());
            assertThat(n.roles()).containsExactly("Speaker");
        });
    }

    @Test
    void aTitleWrittenWithACapitalIsNotPartOfTheName() {
        Draft d = StoryPasses.run(UNKNOWN_NAMES, "Talks", "Harbour Secretary Goran Vidak said the port would reopen.");
        assertThat(d.newNames).extracting(NewName::name).containsExactly("Goran Vidak");
    }

    @Test
    void aPairNamedWithoutACueIsAPersonWhenTheStoryQuotesItsSecondWordAlone() {
        Draft d = StoryPasses.run(UNKNOWN_NAMES, "Port deal", "The contract was signed on Tuesday by Petar Lukač and the "
                + "harbour board. The terms were fair, Lukač said.");
        assertThat(d.newNames).extracting(NewName::text).containsExactly("Petar Lukač", "Lukač");
        assertThat(d.newNames).extracting(NewName::name).containsOnly("Petar Lukač");
    }

    @Test
    void aPairWithoutACueWhoseSecondWordIsNeverQuotedIsNoPerson() {
        Draft d = StoryPasses.run(UNKNOWN_NAMES, "Port deal", "The contract names Petar Lukač and the "
                + "harbour board. The terms were fair, officials said.");
        assertThat(d.newNames).isEmpty();
    }

    @Test
    void aRoleNounWithItsPortfolioInLowerCaseBeforeTheNameIsAPersonCue() {
        Draft d = StoryPasses.run(UNKNOWN_NAMES, "Talks", "The talks were led by the deputy for regional affairs Tomas Vrbanek "
                + "and two aides.");
        assertThat(d.newNames).extracting(NewName::name).containsExactly("Tomas Vrbanek");
    }

    @Test
    void aDeclinedSouthSlavicNameIsTaggedInTheNominative() {
        Draft d = StoryPasses.run(UNKNOWN_NAMES, new WireStory("t", 1, "Sjednica", "Vijeće je raspravljalo o smjeni ministra za "
                + "saobraćaj i veze Dževada Kurtića.", "bs", null, "plain", null, null, StoryPasses.DAY, StoryPasses.DAY));
        assertThat(d.newNames).extracting(NewName::name).containsExactly("Dževad Kurtić");
    }

    @Test
    void aSurnameAloneAfterAWordOfAddressIsAPerson() {
        Draft d = StoryPasses.run(UNKNOWN_NAMES, "Talks", "The board met on Friday and Mr Haldane will report to it.");
        assertThat(d.newNames).extracting(NewName::name).containsExactly("Haldane");
        Draft greek = StoryPasses.run(UNKNOWN_NAMES, new WireStory("t", 1, "Συνάντηση", "Ο δήμαρχος συναντήθηκε με τον κ. Παππά.",
                "el", null, "plain", null, null, StoryPasses.DAY, StoryPasses.DAY));
        assertThat(greek.newNames).extracting(NewName::name).containsExactly("Pappa");
    }

    @Test
    void aSurnameAfterAWordOfAddressIsThePersonNamedInFull() {
        Draft d = StoryPasses.run(UNKNOWN_NAMES, "Talks", "Vesna Haldane said the board would meet. Mrs Haldane will report to it.");
        assertThat(d.newNames).extracting(NewName::name).containsOnly("Vesna Haldane");
    }

    @Test
    void aWordAfterParticlesIsASurnameThoughATownHasIt() {
        Draft d = StoryPasses.run(UNKNOWN_NAMES, "Oil", "\"Margins held up,\" said Joana dos Santos Ferreira, an analyst.");
        assertThat(d.newNames).extracting(NewName::name).containsExactly("Joana dos Santos Ferreira");
    }

    @Test
    void lowerCaseParticlesArePartOfTheName() {
        Draft d = StoryPasses.run(UNKNOWN_NAMES, "Talks", "Speaker Faisal bin Hamad al-Rawahi opened the session, and Goran van "
                + "der Berg said it would last a week.");
        assertThat(d.newNames).extracting(NewName::name).containsExactly("Faisal bin Hamad al-Rawahi", "Goran van der Berg");
    }

    @Test
    void aShipsNameAfterItsPrefixIsNoPerson() {
        Draft d = StoryPasses.run(UNKNOWN_NAMES, "Patrol", "The coast guard sent the BRP Ana Lakandula to the reef on Friday.");
        assertThat(d.newNames).extracting(NewName::kind).doesNotContain(Kind.PERSON);
    }

    @Test
    void aLaterSurnameAloneRefersBackToTheNewPerson() {
        Draft d = StoryPasses.run(UNKNOWN_NAMES, "Talks", "Vesna Kostić said the session would resume. Later Kostić left.");
        assertThat(d.newNames).extracting(NewName::text).containsExactly("Vesna Kostić", "Kostić");
        assertThat(d.newNames).extracting(NewName::name).containsOnly("Vesna Kostić");
    }

    @Test
    void capitalisedWordsWithAnOrganisationHeadWordAreANewBody() {
        Draft d = StoryPasses.run(UNKNOWN_NAMES, "Tournament", "The Belgrade Chess Federation opened the tournament.");
        assertThat(d.newNames).extracting(NewName::kind, NewName::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.ORGANISATION, "Belgrade Chess Federation"));
    }

    @Test
    void aLegislaturesNameIsANewBody() {
        Draft d = StoryPasses.run(UNKNOWN_NAMES, "Vote", "The budget went to the Federal Senate on Monday.");
        assertThat(d.newNames).extracting(NewName::kind, NewName::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.ORGANISATION, "Federal Senate"));
    }

    @Test
    void aKnownBodysNameSpeltAnotherWayIsNotNewWhereTheStoryUsesItsAcronym() {
        Draft d = StoryPasses.run(UNKNOWN_NAMES, "Strike", "The Serbia Miners Union called a strike. The SMU said talks failed.");
        assertThat(d.newNames).isEmpty();
    }

    @Test
    void anotherBodyWithTheSameInitialsIsNew() {
        Draft d = StoryPasses.run(UNKNOWN_NAMES, "Strike", "The Sava Music University closed. The SMU said talks failed.");
        assertThat(d.newNames).extracting(NewName::name).containsExactly("Sava Music University");
    }

    @Test
    void anAcronymTheStoryDefinesRefersBackToTheNewBody() {
        Draft d = StoryPasses.run(UNKNOWN_NAMES, "Energy", "The Balkan Energy Forum (BEF) met in Belgrade. Later BEF members left.");
        assertThat(d.newNames).extracting(NewName::text).containsExactly("Balkan Energy Forum", "BEF", "BEF");
        assertThat(d.newNames).extracting(NewName::name).containsOnly("Balkan Energy Forum");
    }

    @Test
    void aClosedListOfFieldsAfterAMinistryNamesAMinistryEach() {
        Draft d = StoryPasses.run(UNKNOWN_NAMES, "Cabinet", "The party keeps the Ministry of Justice, Transport and Health.");
        assertThat(d.newNames).extracting(NewName::name)
                .containsExactly("Ministry of Justice", "Ministry of Transport", "Ministry of Health");
    }

    @Test
    void aListOfFieldsWithOnePortfolioOfItsOwnAtMostNamesOneMinistry() {
        Draft d = StoryPasses.run(UNKNOWN_NAMES, "Budget", "The Ministry of Finance, Planning and Economic Development said "
                + "the deficit would narrow. The Ministry of Tourism, Culture and Sports agreed.");
        assertThat(d.newNames).extracting(NewName::name).containsExactly(
                "Ministry of Finance, Planning and Economic Development", "Ministry of Tourism, Culture and Sports");
    }

    @Test
    void aCapitalisedWordAfterAMinistryAndACommaIsNoFieldUnlessTheListCloses() {
        Draft d = StoryPasses.run(UNKNOWN_NAMES, "Cabinet", "The Ministry of Justice, Vesna Kostić said, will appeal.");
        assertThat(d.newNames).extracting(NewName::name).containsExactly("Ministry of Justice", "Vesna Kostić");
    }

    @Test
    void anAcronymDefinedBeforeTheNameInBracketsRefersToTheNewBodyToo() {
        Draft d = StoryPasses.run(UNKNOWN_NAMES, "Energy", "The BEF (Balkan Energy Forum) met in Belgrade. Later BEF members left.");
        assertThat(d.newNames).extracting(NewName::text).containsExactlyInAnyOrder("Balkan Energy Forum", "BEF", "BEF");
        assertThat(d.newNames).extracting(NewName::name).containsOnly("Balkan Energy Forum");
    }

    @Test
    void anAcronymThatIsNotTheNamesInitialsIsNoDefinition() {
        Draft d = StoryPasses.run(UNKNOWN_NAMES, "Energy", "The Balkan Energy Forum (BXF) met in Belgrade. Later BXF members left.");
        assertThat(d.newNames).extracting(NewName::text).containsExactly("Balkan Energy Forum");
    }

    @Test
    void aHeadWordAfterEnglishAdjectivesOnlyDescribesABody() {
        Draft d = StoryPasses.run(UNKNOWN_NAMES, "Chess", "The Strategic Advisory Board met, and the Belgrade Chess Federation agreed.");
        assertThat(d.newNames).extracting(NewName::name).containsExactly("Belgrade Chess Federation");
    }

    @Test
    void aGenericStateBodyIsNoDescriptionButTheStatesBody() {
        Draft d = StoryPasses.run(UNKNOWN_NAMES, "Ruling", "The Constitutional Court ruled on Monday.");
        assertThat(d.newNames).extracting(NewName::name).containsExactly("Constitutional Court");
    }

    @Test
    void namesTheKnowledgeBaseKnowsAreNotNew() {
        Draft d = StoryPasses.run(UNKNOWN_NAMES, "Talks", "Mira Jovanović said the Serbian Government agreed.");
        assertThat(d.newNames).isEmpty();
    }

    @Test
    void bylinePeopleAreKnownOrNew() {
        Draft d = StoryPasses.run(UNKNOWN_NAMES, new WireStory("t", 1, "Talks", "Talks went on.", "en", null, "plain", null,
                "Reporting by Mira Jovanović and Vesna Kostić", StoryPasses.DAY, StoryPasses.DAY));
        assertThat(d.bylinePeople).extracting(BylinePerson::name).containsExactly("Mira Jovanović", "Vesna Kostić");
        assertThat(d.bylinePeople.get(0).known().id()).isEqualTo("mira-jovanovic");
        assertThat(d.bylinePeople.get(1).known()).isNull();
    }
}
