package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.tagging.FocusScorer.Position;
import io.wirefeed.enrich.tagging.FocusScorer.Via;
import org.junit.jupiter.api.Test;

/** How the focus is chosen from the scores, on made-up weights. */
class FocusScorerTest {

    /** A reference to the country itself (its name, a place, a demonym, a body) in sentence {@code sentence}. */
    private static void itself(FocusScorer f, String country, double weight, Position position, int sentence) {
        f.add(country, weight, position, sentence, Via.COUNTRY);
    }

    private static void person(FocusScorer f, String country, double weight, Position position, int sentence) {
        f.add(country, weight, position, sentence, Via.PERSON);
    }

    @Test
    void othersJoinTheTopCountryAtTheShare() {
        FocusScorer f = new FocusScorer();
        itself(f, "XK", 10, Position.BODY, 1);
        itself(f, "RS", 3, Position.BODY, 2);
        itself(f, "RS", 2, Position.BODY, 3);
        itself(f, "AL", 1, Position.BODY, 4);
        assertThat(f.focus()).containsExactly("XK", "RS");
    }

    @Test
    void theRunnerUpNamedInTheLeadJoinsBelowTheShare() {
        // "Washington imposed sanctions on Serbia's oil company ...": the US is the other party, even if
        // the rest of the story is about Serbia
        FocusScorer f = new FocusScorer();
        itself(f, "RS", 10, Position.BODY, 2);
        itself(f, "US", 1, Position.LEAD, 1);
        itself(f, "US", 1, Position.BODY, 4);
        itself(f, "RU", 1, Position.BODY, 5);
        assertThat(f.focus()).containsExactly("RS", "US");
    }

    @Test
    void aRunnerUpOnlyInTheBodyOrFarBehindDoesNotJoin() {
        FocusScorer later = new FocusScorer();
        itself(later, "BA", 10, Position.BODY, 1);
        itself(later, "RS", 2, Position.BODY, 2);
        itself(later, "RS", 2, Position.BODY, 3);
        assertThat(later.focus()).containsExactly("BA");

        FocusScorer small = new FocusScorer();
        itself(small, "RO", 10, Position.BODY, 2);
        itself(small, "HU", 1, Position.LEAD, 1);
        assertThat(small.focus()).containsExactly("RO");
    }

    @Test
    void aRunnerUpInTheLeadAtAQuarterOfTheTopIsAPassingMention() {
        // "... the 2030 World Cup, which the kingdom will co-host with Spain", and Spain once more far below
        FocusScorer f = new FocusScorer();
        itself(f, "MA", 12, Position.BODY, 2);
        itself(f, "ES", 1, Position.LEAD, 1);
        itself(f, "ES", 1, Position.BODY, 6);
        assertThat(f.focus()).containsExactly("MA");
    }

    @Test
    void onlyTheRunnerUpGetsTheLowerShare() {
        // two countries at the share already: a third named in the lead still needs the share
        FocusScorer f = new FocusScorer();
        itself(f, "BG", 10, Position.BODY, 2);
        itself(f, "UA", 4, Position.BODY, 3);
        itself(f, "UA", 4, Position.BODY, 4);
        itself(f, "RU", 1, Position.LEAD, 1);
        itself(f, "RU", 1, Position.BODY, 5);
        assertThat(f.focus()).containsExactly("BG", "UA");
    }

    @Test
    void aCountryTheStoryTurnsToInOneSentenceOnlyDoesNotJoin() {
        // "... said in Prague with his Czech counterpart": three references, one sentence, a venue
        FocusScorer f = new FocusScorer();
        itself(f, "GR", 10, Position.BODY, 1);
        itself(f, "CZ", 2, Position.BODY, 2);
        itself(f, "CZ", 2, Position.BODY, 2);
        person(f, "CZ", 2, Position.BODY, 2);
        assertThat(f.focus()).containsExactly("GR");

        itself(f, "CZ", 1, Position.BODY, 3);
        assertThat(f.focus()).containsExactly("GR", "CZ");
    }

    @Test
    void aCountryKnownOnlyThroughItsPeopleDoesNotJoin() {
        // an EU envoy quoted throughout: his nationality is not what the story is about
        FocusScorer f = new FocusScorer();
        itself(f, "XK", 10, Position.BODY, 1);
        person(f, "SK", 2, Position.BODY, 2);
        person(f, "SK", 2, Position.BODY, 3);
        person(f, "SK", 2, Position.BODY, 4);
        assertThat(f.focus()).containsExactly("XK");

        itself(f, "SK", 1, Position.BODY, 5);
        assertThat(f.focus()).containsExactly("XK", "SK");
    }

    @Test
    void aPersonTitledByTheCountrysNameRefersToTheCountry() {
        // "Serbian President ... and Kosovo Prime Minister ... met": both leaders' countries
        FocusScorer f = new FocusScorer();
        itself(f, "XK", 10, Position.BODY, 1);
        f.add("RS", 3, Position.BODY, 1, Via.TITLED_PERSON);
        person(f, "RS", 3, Position.BODY, 2);
        assertThat(f.focus()).containsExactly("XK", "RS");
    }

    @Test
    void aRunnerUpInTheLeadOnlyThroughOneOfItsPeopleDoesNotJoinBelowTheShare() {
        FocusScorer viaPerson = new FocusScorer();
        itself(viaPerson, "BA", 10, Position.BODY, 1);
        viaPerson.add("DE", 1, Position.HEADLINE, 0, Via.TITLED_PERSON);
        itself(viaPerson, "DE", 1, Position.BODY, 2);
        assertThat(viaPerson.focus()).containsExactly("BA");

        FocusScorer named = new FocusScorer();
        itself(named, "BA", 10, Position.BODY, 1);
        itself(named, "DE", 1, Position.LEAD, 0);
        itself(named, "DE", 1, Position.BODY, 2);
        assertThat(named.focus()).containsExactly("BA", "DE");
    }

    @Test
    void theDatelineCountsButIsNoSentenceOfTheStory() {
        FocusScorer f = new FocusScorer();
        itself(f, "RS", 4, Position.BODY, 1);
        itself(f, "BE", 1, Position.DATELINE, FocusScorer.NO_SENTENCE);
        itself(f, "BE", 1, Position.BODY, 2);
        assertThat(f.scores()).containsEntry("BE", 3.0);
        assertThat(f.focus()).containsExactly("RS");
    }
}
