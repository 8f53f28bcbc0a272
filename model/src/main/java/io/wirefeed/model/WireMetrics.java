package io.wirefeed.model;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Objects;

/**
 * wirefeed's own meters, one vocabulary for every stage (Prometheus names in the comments), made in the
 * registry it is given: the process's (the app's Prometheus registry), or a test's own simple registry.
 * Callers create each meter once and keep it: a lookup per story would cost more than the increment.
 * Tag values are short fixed words (or watch-list rule ids), never free text.
 */
public final class WireMetrics {
    /** {@code wirefeed_stories_total{stage, outcome}}: stories through a stage, by what became of them. */
    public static final String STORIES = "wirefeed.stories";
    /** {@code wirefeed_dead_letters_total{stage, reason}}: records sent to {@code wire.dlq}, by category of reason. */
    public static final String DEAD_LETTERS = "wirefeed.dead.letters";
    /** {@code wirefeed_alerts_total{rule}}: alerts the sink wrote to {@code wire.alerts}. */
    public static final String ALERTS = "wirefeed.alerts";
    /** {@code wirefeed_tagging_seconds}: time the tagger took per story. */
    public static final String TAGGING = "wirefeed.tagging";
    /** {@code wirefeed_enrich_delay_seconds}: from the story's record time (when ingest published it) to its tagging. */
    public static final String ENRICH_DELAY = "wirefeed.enrich.delay";
    /** {@code wirefeed_consumer_lag_records{stage}}: records in the input partitions not yet read. */
    public static final String CONSUMER_LAG = "wirefeed.consumer.lag";

    public static final String STAGE_INGEST = "ingest";
    public static final String STAGE_ENRICH = "enrich";
    public static final String STAGE_SINK = "sink";

    private final MeterRegistry registry;

    public WireMetrics(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    public Counter stories(String stage, String outcome) {
        return Counter.builder(STORIES).description("stories through a stage, by outcome")
                .tags("stage", stage, "outcome", outcome).register(registry);
    }

    public Counter deadLetters(String stage, String reason) {
        return Counter.builder(DEAD_LETTERS).description("records sent to the dead-letter topic, by category of reason")
                .tags("stage", stage, "reason", reason).register(registry);
    }

    public Counter alerts(String rule) {
        return Counter.builder(ALERTS).description("watch-list alerts written, by rule")
                .tag("rule", rule).register(registry);
    }

    /** A histogram from 10 µs to 10 s: a story takes about 60 µs, a 100,000-token one a few seconds. */
    public Timer tagging() {
        return Timer.builder(TAGGING).description("time the tagger took per story")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofNanos(10_000))
                .maximumExpectedValue(Duration.ofSeconds(10)).register(registry);
    }

    /** A few fixed buckets: enough to see whether enrich keeps up (sub-second) or is working off a backlog. */
    public Timer enrichDelay() {
        return Timer.builder(ENRICH_DELAY).description("from the raw record's time (ingest) to its tagging")
                .serviceLevelObjectives(Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofSeconds(1),
                        Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofHours(1))
                .register(registry);
    }
}
