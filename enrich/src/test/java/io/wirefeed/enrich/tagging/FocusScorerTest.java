package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.tagging.FocusScorer.Position;
import org.junit.jupiter.api.Test;

/** How the focus is chosen from the scores, on made-up weights. */
class FocusScorerTest {

    @Test
    void othersJoinTheTopCountryAtTheShare() {
        FocusScorer f = new FocusScorer();
        f.add("XK", 10, Position.BODY);
        f.add("RS", 5, Position.BODY);
        f.add("AL", 1, Position.BODY);
        assertThat(f.focus()).containsExactly("XK", "RS");
    }

    @Test
    void theRunnerUpNamedInTheLeadJoinsBelowTheShare() {
        // "Washington imposed sanctions on Serbia's oil company ...": the US is the other party, even if
        // the rest of the story is about Serbia
        FocusScorer f = new FocusScorer();
        f.add("RS", 10, Position.BODY);
        f.add("US", 1, Position.LEAD);
        f.add("US", 1, Position.BODY);
        f.add("RU", 1, Position.BODY);
        assertThat(f.focus()).containsExactly("RS", "US");
    }

    @Test
    void aRunnerUpOnlyInTheBodyOrFarBehindDoesNotJoin() {
        FocusScorer later = new FocusScorer();
        later.add("BA", 10, Position.BODY);
        later.add("RS", 4, Position.BODY);
        assertThat(later.focus()).containsExactly("BA");

        FocusScorer small = new FocusScorer();
        small.add("RO", 10, Position.BODY);
        small.add("HU", 1, Position.LEAD);
        assertThat(small.focus()).containsExactly("RO");
    }

    @Test
    void onlyTheRunnerUpGetsTheLowerShare() {
        // two countries at the share already: a third named in the lead still needs the share
        FocusScorer f = new FocusScorer();
        f.add("BG", 10, Position.BODY);
        f.add("UA", 8, Position.BODY);
        f.add("RU", 2, Position.LEAD);
        assertThat(f.focus()).containsExactly("BG", "UA");
    }
}
