package io.wirefeed.enrich.tagging;

import static io.wirefeed.enrich.tagging.StoryPasses.Upto.MATCH;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.tagging.AliasIndex.Kind;
import io.wirefeed.enrich.tagging.AliasIndex.Match;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The match pass: the story's words and every alias they match, longest first, in text order. */
class MatchPassTest {

    private static List<String> matched(Draft d) {
        return d.matches.stream().map(m -> d.tokens.surface(m.from(), m.to())).toList();
    }

    @Test
    void findsEveryAliasInTextOrder() {
        Draft d = StoryPasses.run(MATCH, "Talks in Belgrade", "Mira Jovanović met Albanian officials in Tirana.");
        assertThat(matched(d)).containsExactly("Belgrade", "Mira Jovanović", "Albanian", "Tirana");
    }

    @Test
    void theLongestAliasWinsOverTheWordsInIt() {
        Draft d = StoryPasses.run(MATCH, "Cabinet", "The Serbian Government met on Monday.");
        assertThat(matched(d)).containsExactly("Serbian Government");
        assertThat(d.matches.get(0).targets()).extracting(AliasIndex.Target::kind).containsExactly(Kind.ORGANISATION);
    }

    @Test
    void matchesAnInflectedBalkanPlaceName() {
        Draft d = StoryPasses.run(MATCH, "Sastanak", "Ministri su se sastali u Beogradu.");
        assertThat(matched(d)).containsExactly("Beogradu");
    }

    @Test
    void keepsEveryMeaningOfAnAmbiguousAlias() {
        Draft d = StoryPasses.run(MATCH, "Vote", "Berisha voted.");
        Match berisha = d.matches.get(0);
        assertThat(berisha.targets()).extracting(AliasIndex.Target::kind).containsOnly(Kind.SURNAME);
        assertThat(TinyKb.get().bySurname.get(berisha.targets().get(0).ref())).hasSize(2);
    }
}
