package io.wirefeed.enrich.tagging;

import static io.wirefeed.enrich.tagging.StoryPasses.Upto.CONTEXT_FILTERS;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.model.WireStory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The context-filter pass: the readings the words around them contradict are dropped, the rest accepted. */
class ContextFilterPassTest {

    private static List<String> accepted(String body) {
        Draft d = StoryPasses.run(CONTEXT_FILTERS, "Report", body);
        return d.accepted.stream().map(r -> StoryPasses.words(d, r)).toList();
    }

    @Test
    void moneyIsNoCountry() {
        assertThat(accepted("The loan of 40 million US dollars was signed in Belgrade.")).containsExactly("Belgrade");
        assertThat(accepted("It cost US$ 5 million.")).isEmpty();
    }

    @Test
    void anEthnicGroupIsNoCountry() {
        assertThat(accepted("Ethnic Albanians voted, and Serbian voters did too.")).containsExactly("Serbian");
    }

    @Test
    void aTownsNameBeforeAKnownSurnameIsAFirstName() {
        assertThat(accepted("Speaker Constantine Tassou opened the session.")).containsExactly("Speaker", "Tassou");
    }

    @Test
    void aPlacesShortNameNextToAnUnknownCapitalisedWordIsPartOfAPersonsName() {
        assertThat(accepted("The envoy met Nakhon Vardakis on Monday.")).isEmpty();
    }

    @Test
    void aPlacesShortNameOpeningASentenceIsAnOrdinaryWord() {
        assertThat(accepted("Nakhon the talks resumed.")).isEmpty();
    }

    @Test
    void aPlacesMainNameCountsWhereverItStands() {
        assertThat(accepted("Constantine hosted the envoy.")).containsExactly("Constantine");
    }

    private static List<String> accepted(String language, String body) {
        Draft d = StoryPasses.run(CONTEXT_FILTERS, new WireStory("t", 1, "Report", body, language, null, "plain", null, null,
                StoryPasses.DAY, StoryPasses.DAY));
        return d.accepted.stream().map(r -> StoryPasses.words(d, r)).toList();
    }

    @Test
    void aBodysOneWordNameOpeningASentenceIsTheOrdinaryWordOfTheStorysLanguage() {
        // "Politika" is "politics" in Serbian as well as a newspaper
        assertThat(accepted("sr-Latn", "Politika je tema dana u Beogradu.")).containsExactly("Beogradu");
    }

    @Test
    void aBodysOneWordNameThatIsNoOrdinaryWordCountsOpeningASentence() {
        assertThat(accepted("en", "Tanjug said the talks would resume in Belgrade.")).containsExactly("Tanjug", "Belgrade");
    }

    @Test
    void aQuotedOrCreditedNameOpeningASentenceIsTheBody() {
        assertThat(accepted("sr-Latn", "„Politika” je objavila intervju.")).containsExactly("Politika");
        assertThat(accepted("sr-Latn", "Politika javlja da je sastanak odložen.")).containsExactly("Politika");
    }

    @Test
    void itCountsWhenTheStoryAlsoNamesTheBodyMidSentence() {
        assertThat(accepted("Danas je objavio intervju. Intervju je objavio Danas.")).containsExactly("Danas", "Danas");
    }

    @Test
    void aCountrysGenericBodyOnlyInTheHeadlineIsADescription() {
        Draft d = StoryPasses.run(StoryPasses.Upto.UNKNOWN_NAMES, "Envoy Hopes for Stable Serbian Government", "Talks went on in Tirana.");
        assertThat(d.accepted).extracting(r -> StoryPasses.words(d, r)).containsExactly("Tirana");
        assertThat(d.newNames).isEmpty();
    }

    @Test
    void aCountrysGenericBodyInTheHeadlineCountsWhenTheBodyNamesItToo() {
        Draft d = StoryPasses.run(CONTEXT_FILTERS, new WireStory("t", 1, "Serbian Government Resigns",
                "The Serbian Government resigned on Monday.", "en", null, "plain", null, null, StoryPasses.DAY, StoryPasses.DAY));
        assertThat(d.accepted).extracting(r -> StoryPasses.words(d, r)).containsExactly("Serbian Government", "Serbian Government");
    }

    @Test
    void whatTheWordsAroundDoNotContradictIsAccepted() {
        assertThat(accepted("Mira Jovanović flew from Belgrade to Tirana, the Albanian capital."))
                .containsExactly("Mira Jovanović", "Belgrade", "Tirana", "Albanian");
    }
}
