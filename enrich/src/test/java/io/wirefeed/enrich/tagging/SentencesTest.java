package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the sentences of a story start: what the focus counts a country's spread in. */
class SentencesTest {

    @Test
    void aSentenceEndsAtAStopBeforeASpaceOrAClosingQuoteAndAtALineBreak() {
        String text = "Talks resume\n\nThe envoy arrived. \"We will see.\" Ministers met in Skopje.\nMore on Friday";
        Sentences s = new Sentences(text);
        assertThat(s.indexOf(text.indexOf("Talks"))).isEqualTo(0);
        assertThat(s.indexOf(text.indexOf("envoy"))).isEqualTo(s.indexOf(text.indexOf("arrived")));
        assertThat(s.indexOf(text.indexOf("We will"))).isGreaterThan(s.indexOf(text.indexOf("envoy")));
        assertThat(s.indexOf(text.indexOf("Ministers"))).isGreaterThan(s.indexOf(text.indexOf("We will")));
        assertThat(s.indexOf(text.indexOf("Friday"))).isGreaterThan(s.indexOf(text.indexOf("Skopje")));
    }

    @Test
    void questionAndExclamationMarksEndSentencesInAnyOrderWithStops() {
        String text = "Who won? Nobody knows! The count resumes. Will it end? Officials say so.";
        Sentences s = new Sentences(text);
        assertThat(List.of("Nobody", "The count", "Will", "Officials")).extracting(w -> s.indexOf(text.indexOf(w)))
                .containsExactly(1, 2, 3, 4);
    }

    @Test
    void aDecimalPointOrAnInitialBeforeALetterDoesNotEndASentence() {
        String text = "Growth was 2.5 percent, said J.P. Morgan analysts in Zagreb.";
        Sentences s = new Sentences(text);
        assertThat(s.indexOf(text.indexOf("Zagreb"))).isEqualTo(s.indexOf(0));
    }
}
