package io.wirefeed.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirefeed.model.Topics;
import io.wirefeed.model.WireMetrics;
import io.wirefeed.model.WireStory;
import io.wirefeed.testkit.StreamsTestProps;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.junit.jupiter.api.Test;

class EnrichMetricsTest {
    private static final Topics TOPICS = Topics.defaults();
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private double stories(String outcome) {
        Counter c = registry.find(WireMetrics.STORIES).tags("stage", "enrich", "outcome", outcome).counter();
        return c == null ? 0 : c.count();
    }

    private static WireStory story(String id, String body) {
        return new WireStory(id, 1, "Bridge reopens in Mostar", body, "en", null, "plain", null, null, null, NOW);
    }

    @Test
    void countsEnrichedAndDuplicateStoriesAndTimesTheTagger() {
        Properties p = StreamsTestProps.forApp("enrich-metrics-test");
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueProcessingExceptionHandler.class);
        try (TopologyTestDriver driver = new TopologyTestDriver(EnrichTopology.build(TOPICS, TestTagger.get(), registry), p, NOW)) {
            var in = driver.createInputTopic(TOPICS.raw().name(), new StringSerializer(), TOPICS.raw().valueSerde().serializer());
            // published by ingest 3 s and 1 s before the tagger sees them (the driver's wall clock stands at NOW)
            in.pipeInput("m:1", story("m:1", "The old bridge in Mostar reopened to walkers on Monday."), NOW.minusSeconds(3));
            in.pipeInput("m:2", story("m:2", "Traffic returned to the Sarajevo ring road."), NOW.minusSeconds(1));
            in.pipeInput("m:1", story("m:1", "The old bridge in Mostar reopened to walkers on Monday."), NOW.minusSeconds(1));
        }
        assertThat(stories("enriched")).isEqualTo(2);
        assertThat(stories("duplicate")).isEqualTo(1);
        var tagging = registry.get(WireMetrics.TAGGING).timer();
        assertThat(tagging.count()).isEqualTo(2);
        assertThat(tagging.totalTime(TimeUnit.NANOSECONDS)).isPositive();
        var delay = registry.get(WireMetrics.ENRICH_DELAY).timer();
        assertThat(delay.count()).isEqualTo(2);
        assertThat(delay.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(4000);
        assertThat(delay.max(TimeUnit.MILLISECONDS)).isEqualTo(3000);
        assertThat(Metrics.globalRegistry.find(WireMetrics.STORIES).meters()).as("counted in the registry passed in only")
                .isEmpty();
        assertThat(Metrics.globalRegistry.find(WireMetrics.TAGGING).meters()).isEmpty();
    }

    @Test
    void countsAnOlderVersionArrivingLateAsStaleNotAsDuplicate() {
        Properties p = StreamsTestProps.forApp("enrich-metrics-test");
        try (TopologyTestDriver driver = new TopologyTestDriver(EnrichTopology.build(TOPICS, TestTagger.get(), registry), p, NOW)) {
            var in = driver.createInputTopic(TOPICS.raw().name(), new StringSerializer(), TOPICS.raw().valueSerde().serializer());
            String body = "The old bridge in Mostar reopened to walkers on Monday.";
            in.pipeInput("m:1", new WireStory("m:1", 2, "Bridge reopens in Mostar", body, "en", null, "plain", null, null, null, NOW));
            in.pipeInput("m:1", new WireStory("m:1", 1, "Bridge reopens in Mostar", body, "en", null, "plain", null, null, null, NOW));
        }
        assertThat(stories("enriched")).isEqualTo(1);
        assertThat(stories("stale")).isEqualTo(1);
        assertThat(stories("duplicate")).isZero();
    }
}
