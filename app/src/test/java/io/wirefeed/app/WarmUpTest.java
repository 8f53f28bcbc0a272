package io.wirefeed.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.kb.KnowledgeBaseLoader;
import io.wirefeed.enrich.sample.StoryGenerator;
import io.wirefeed.model.WireStory;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WarmUpTest {
    private final WarmUp warmUp = new WarmUp(new StoryGenerator(KnowledgeBaseLoader.builtIn(), 3), 40);

    @Test
    void firstRoundIsTheWholeBatchThenQuartersWithIdsOfTheirOwnUpToTheCap() {
        Set<String> ids = new HashSet<>();
        int stories = 0;
        for (int k = 0; !warmUp.round(k).isEmpty(); k++) {
            List<WireStory> round = warmUp.round(k);
            assertThat(round).hasSize(k == 0 ? 40 : 10);
            round.forEach(s -> ids.add(s.id()));
            stories += round.size();
        }
        assertThat(stories).isEqualTo(40 + WarmUp.MAX_EXTRA_ROUNDS * 10);
        assertThat(ids).hasSize(stories);
    }

    @Test
    void phasesShareTheRounds() {
        assertThat(warmUp.round(2)).isSameAs(warmUp.round(2));
    }

    @Test
    void noWarmUpHasNoRounds() {
        assertThat(new WarmUp(null, 0).round(0)).isEmpty();
    }

    @Test
    void settledWhenTheJitCompiledForLessThanATenthOfTheRound() {
        assertThat(WarmUp.settled(99, 1000)).isTrue();
        assertThat(WarmUp.settled(100, 1000)).isFalse();
        assertThat(WarmUp.settled(1800, 1000)).isFalse();
    }
}
