package io.wirefeed.app;

import io.wirefeed.enrich.sample.StoryGenerator;
import io.wirefeed.model.WireStory;
import java.util.ArrayList;
import java.util.List;

/**
 * The stories a benchmark phase sends before its clock starts: a first batch, then further rounds of a quarter of
 * it for as long as the JIT is still busy, up to {@link #MAX_EXTRA_ROUNDS}. A pipeline that has run for minutes has
 * its code compiled; on two cores the compiler kept a core busy for a minute after the real pipeline started, so a
 * fixed warm-up left the measured phase paying for it (8 s of compile time in a 8 s phase). Each round has ids of
 * its own, which the duplicate filter would otherwise drop as copies; rounds are made once and shared by the phases.
 */
final class WarmUp {
    /** A round during which the JIT compiled for less than this share of the round's time ends the warm-up. */
    static final double SETTLED_COMPILE_SHARE = 0.10;
    static final int MAX_EXTRA_ROUNDS = 8;

    private final StoryGenerator generator;
    private final int first;
    private final List<List<WireStory>> rounds = new ArrayList<>();

    /** {@code first}: stories of the first round (0: no warm-up at all). */
    WarmUp(StoryGenerator generator, int first) {
        this.generator = generator;
        this.first = first;
    }

    int firstRound() {
        return first;
    }

    /** Round {@code k} (0 is the first batch), or an empty list when there is no warm-up or no more rounds. */
    synchronized List<WireStory> round(int k) {
        if (first == 0 || k > MAX_EXTRA_ROUNDS) {
            return List.of();
        }
        while (rounds.size() <= k) {
            int n = rounds.isEmpty() ? first : Math.max(1, first / 4);
            rounds.add(generator.stories("warm-up:" + rounds.size() + ":", n));
        }
        return rounds.get(k);
    }

    /** Whether the JIT is quiet enough after a round that compiled for {@code jitMillis} of its {@code wallMillis}. */
    static boolean settled(long jitMillis, double wallMillis) {
        return jitMillis < SETTLED_COMPILE_SHARE * wallMillis;
    }
}
