package io.wirefeed.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirefeed.model.EnrichedStory;
import io.wirefeed.model.Topics;
import io.wirefeed.model.WireMetrics;
import io.wirefeed.sink.watch.WatchList;
import io.wirefeed.sink.watch.WatchRule;
import io.wirefeed.testkit.StreamsTestProps;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;

class SinkMetricsTest {
    private static final Topics TOPICS = Topics.defaults();

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private static EnrichedStory story(String id, List<String> countries, List<String> regions) {
        return new EnrichedStory(id, 1, "H", "B", "en", null, "plain", null, null, null, countries, regions,
                new EnrichedStory.Focus(countries, regions), List.of(), List.of(), List.of(), List.of(),
                new EnrichedStory.TaggerInfo("t", "kb"));
    }

    /** The counter {@code name} with these tags in this test's registry, 0 when nothing counted it. */
    private double count(String name, String... tags) {
        Counter c = registry.find(name).tags(tags).counter();
        return c == null ? 0 : c.count();
    }

    @Test
    void countsRoutedAndUnroutedStoriesAndAlertsByRule() {
        WatchList rules = new WatchList(List.of(
                new WatchRule("metrics-test-montenegro", null, null, null, List.of("ME"), null, null, null, null)));
        Properties p = StreamsTestProps.forApp("sink-metrics-test");
        try (TopologyTestDriver driver = new TopologyTestDriver(SinkTopology.build(TOPICS, RegionRouting.byFocus(List.of("western-balkans", "europe", "balkans")), () -> rules, registry), p)) {
            var in = driver.createInputTopic(TOPICS.enriched().name(), TOPICS.enriched().keySerde().serializer(),
                    TOPICS.enriched().valueSerde().serializer());
            in.pipeInput("s1", story("s1", List.of("ME"), List.of("western-balkans", "europe")));
            in.pipeInput("s2", story("s2", List.of("ME"), List.of("balkans")));
            in.pipeInput("s3", story("s3", List.of(), List.of()));
        }
        assertThat(count(WireMetrics.STORIES, "stage", "sink", "outcome", "routed")).as("per story, not per region topic")
                .isEqualTo(2);
        assertThat(count(WireMetrics.STORIES, "stage", "sink", "outcome", "unrouted")).isEqualTo(1);
        assertThat(count(WireMetrics.ALERTS, "rule", "metrics-test-montenegro")).isEqualTo(2);
        assertThat(Metrics.globalRegistry.find(WireMetrics.STORIES).meters()).as("counted in the registry passed in only")
                .isEmpty();
        assertThat(Metrics.globalRegistry.find(WireMetrics.ALERTS).meters()).isEmpty();
    }
}
