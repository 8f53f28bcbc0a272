package io.wirefeed.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.model.EnrichedStory;
import io.wirefeed.model.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;

class SinkTopologyTest {
    private static final Topics TOPICS = Topics.defaults();

    private static EnrichedStory story(String id, List<String> regions) {
        return new EnrichedStory(id, 1, "H", "B", "en", null, "plain", null, null, null, List.of("RS"), regions,
                new EnrichedStory.Focus(List.of("RS"), regions), List.of(), List.of(), List.of(), List.of(),
                new EnrichedStory.TaggerInfo("t", "kb"));
    }

    private static Properties props() {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "sink-test");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        return p;
    }

    @Test
    void namesEveryProcessor() {
        String d = SinkTopology.build(TOPICS, t -> { }).describe().toString();
        assertThat(d).contains("Source: " + SinkTopology.SOURCE, "Processor: " + SinkTopology.ROUTE, "Sink: " + SinkTopology.SINK,
                "Processor: " + SinkTopology.WATCH, "Sink: " + SinkTopology.ALERTS);
    }

    @Test
    void routesEachStoryToEveryOneOfItsRegionTopicsAndCreatesThemFirst() {
        List<String> ensured = new ArrayList<>();
        try (TopologyTestDriver driver = new TopologyTestDriver(SinkTopology.build(TOPICS, ensured::add), props())) {
            var in = driver.createInputTopic(TOPICS.enriched().name(), TOPICS.enriched().keySerde().serializer(),
                    TOPICS.enriched().valueSerde().serializer());
            in.pipeInput("s1", story("s1", List.of("western-balkans", "europe")));
            in.pipeInput("s2", story("s2", List.of("europe")));
            in.pipeInput("s3", story("s3", List.of()));

            var wb = driver.createOutputTopic("wire.region.western-balkans", new StringDeserializer(),
                    TOPICS.enriched().valueSerde().deserializer());
            var europe = driver.createOutputTopic("wire.region.europe", new StringDeserializer(),
                    TOPICS.enriched().valueSerde().deserializer());
            assertThat(wb.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("s1");
            var eu = europe.readKeyValuesToList();
            assertThat(eu).extracting(kv -> kv.key).containsExactly("s1", "s2");
            assertThat(eu.get(0).value.regions()).containsExactly("western-balkans", "europe");
        }
        assertThat(ensured).containsExactly("wire.region.western-balkans", "wire.region.europe", "wire.region.europe");
    }

    @Test
    void sendsOneAlertPerMatchingRuleKeyedByRuleId() {
        var rules = new io.wirefeed.sink.watch.WatchList(List.of(
                new io.wirefeed.sink.watch.WatchRule("serbia", "Serbia in focus", null, null, null, null, List.of("RS"), null, null),
                new io.wirefeed.sink.watch.WatchRule("kosovo", null, null, null, List.of("XK"), null, null, null, null)));
        try (TopologyTestDriver driver = new TopologyTestDriver(SinkTopology.build(TOPICS, t -> { }, () -> rules), props())) {
            var in = driver.createInputTopic(TOPICS.enriched().name(), TOPICS.enriched().keySerde().serializer(),
                    TOPICS.enriched().valueSerde().serializer());
            var alerts = driver.createOutputTopic(TOPICS.alerts().name(), new StringDeserializer(),
                    TOPICS.alerts().valueSerde().deserializer());
            in.pipeInput("s1", story("s1", List.of("balkans")));
            var out = alerts.readKeyValuesToList();
            assertThat(out).extracting(kv -> kv.key).containsExactly("serbia");
            assertThat(out.get(0).value.storyId()).isEqualTo("s1");
            assertThat(out.get(0).value.matched()).containsExactly("focus:RS");
        }
    }
}
