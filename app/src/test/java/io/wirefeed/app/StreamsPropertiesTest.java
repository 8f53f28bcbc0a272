package io.wirefeed.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirefeed.model.DeadLetter;
import io.wirefeed.model.Topics;
import io.wirefeed.model.WireHeaders;
import io.wirefeed.model.WireMetrics;
import io.wirefeed.sink.RegionRouting;
import io.wirefeed.sink.SinkTopology;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamsPropertiesTest {
    @TempDir
    Path stateDir;

    @Test
    void theErrorHandlersKafkaStreamsMakesCountTheirDeadLettersInTheRegistryPassedIn() {
        WirefeedConfig config = WirefeedConfig.resolve(null, Map.of(), Map.of(
                WirefeedConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092", WirefeedConfig.STATE_DIR_CONFIG, stateDir.toString()));
        Topics topics = Topics.defaults();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        var props = StreamsProperties.forStage(config, Stages.applicationId(config, Stages.SINK_APP_ID), topics.dlq().name(),
                registry);
        try (TopologyTestDriver driver = new TopologyTestDriver(
                SinkTopology.build(topics, RegionRouting.byFocus(List.of("balkans")), registry), props)) {
            var in = driver.createInputTopic(topics.enriched().name(), new StringSerializer(), new ByteArraySerializer());
            // no routing headers, so the router parses the record: it is no enriched story, the processor fails
            in.pipeInput("story:1", "{\"headline\": \"cut off".getBytes(StandardCharsets.UTF_8));
            var dlq = driver.createOutputTopic(topics.dlq().name(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
            assertThat(WireHeaders.text(dlq.readRecord().headers(), DeadLetter.STAGE)).isEqualTo("wirefeed-sink");
        }
        Counter processing = registry.find(WireMetrics.DEAD_LETTERS).tags("stage", "sink", "reason", "processing").counter();
        assertThat(processing).as("the handler made by Kafka Streams counted in the registry passed in").isNotNull();
        assertThat(processing.count()).isEqualTo(1);
        assertThat(Metrics.globalRegistry.find(WireMetrics.DEAD_LETTERS).meters()).isEmpty();
    }

    @Test
    void theStreamsClientsAcceptTheRegistryAmongTheirSettings() {
        // Streams hands settings it does not know to its consumers, producers and admin client: they must take an object
        WirefeedConfig config = WirefeedConfig.resolve(null, Map.of(), Map.of(
                WirefeedConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9", WirefeedConfig.STATE_DIR_CONFIG, stateDir.toString()));
        Topics topics = Topics.defaults();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        var props = StreamsProperties.forStage(config, Stages.applicationId(config, Stages.SINK_APP_ID), topics.dlq().name(),
                registry);
        // made, not started: the constructor makes every client, and a client refusing a setting throws here
        KafkaStreams streams = new KafkaStreams(SinkTopology.build(topics, RegionRouting.byFocus(List.of("balkans")), registry), props);
        try {
            assertThat(streams.state()).isEqualTo(KafkaStreams.State.CREATED);
        } finally {
            streams.close(Duration.ofSeconds(5));
        }
    }

    @Test
    void aKafkaSettingOverridesTheStagesProducerDefaults() {
        WirefeedConfig plain = WirefeedConfig.resolve(null, Map.of(), Map.of(
                WirefeedConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092", WirefeedConfig.STATE_DIR_CONFIG, stateDir.toString()));
        WirefeedConfig tuned = WirefeedConfig.resolve(null, Map.of(), Map.of(
                WirefeedConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092", WirefeedConfig.STATE_DIR_CONFIG, stateDir.toString(),
                "kafka.compression.type", "zstd", "kafka.batch.size", "16384"));
        var defaults = new StreamsConfig(StreamsProperties.forStage(plain, "a", "dlq", new SimpleMeterRegistry()))
                .getProducerConfigs("client");
        var overridden = new StreamsConfig(StreamsProperties.forStage(tuned, "a", "dlq", new SimpleMeterRegistry()))
                .getProducerConfigs("client");
        assertThat(defaults).containsEntry("compression.type", "lz4").containsEntry("batch.size", KafkaClients.PRODUCER_BATCH_BYTES);
        assertThat(overridden).containsEntry("compression.type", "zstd").containsEntry("batch.size", "16384");
    }

    @Test
    void aKafkaSettingOverridesTheIngestProducersDefaultsButNotItsGuarantees() {
        WirefeedConfig tuned = WirefeedConfig.resolve(null, Map.of(), Map.of(
                WirefeedConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092", "kafka.compression.type", "none",
                "kafka.linger.ms", "20", "kafka.acks", "1", "kafka.enable.idempotence", "false"));
        assertThat(KafkaClients.ingestProducerSettings(tuned, null))
                .containsEntry("compression.type", "none").containsEntry("linger.ms", "20")
                .containsEntry("acks", "all").containsEntry("enable.idempotence", true);
    }
}
