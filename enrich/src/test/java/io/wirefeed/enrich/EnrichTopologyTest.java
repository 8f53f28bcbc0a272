package io.wirefeed.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirefeed.model.EnrichedStory;
import io.wirefeed.model.RoutingHeaders;
import io.wirefeed.model.Topics;
import io.wirefeed.model.WireStory;
import io.wirefeed.model.ninjs.NinjsDocument;
import io.wirefeed.model.ninjs.NinjsVersion;
import io.wirefeed.testkit.StreamsTestProps;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;

class EnrichTopologyTest {
    private static final Topics TOPICS = Topics.defaults();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private static Properties props() {
        Properties p = StreamsTestProps.forApp("enrich-test");
        p.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, TOPICS.dlq().name());
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueExceptionHandler.class);
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueProcessingExceptionHandler.class);
        return p;
    }

    @Test
    void namesEveryProcessor() {
        String description = EnrichTopology.build(TOPICS, TestTagger.get(), registry).describe().toString();
        assertThat(description).contains("Source: " + EnrichTopology.SOURCE, "Processor: " + EnrichTopology.DEDUPE,
                "Processor: " + EnrichTopology.TAG, "Sink: " + EnrichTopology.SINK, "stores: [seen-stories]",
                "Processor: " + EnrichTopology.NINJS, "Sink: " + EnrichTopology.NINJS_SINK + " (topic: wire.enriched.ninjs)");
    }

    @Test
    void writesTheNinjsViewOfEachEnrichedStoryKeyedByTheStoryIdUnlessTurnedOff() {
        try (TopologyTestDriver driver = new TopologyTestDriver(EnrichTopology.build(TOPICS, TestTagger.get(), registry), props())) {
            var in = driver.createInputTopic(TOPICS.raw().name(), new StringSerializer(), TOPICS.raw().valueSerde().serializer());
            var ninjsTopic = TOPICS.enrichedNinjs(NinjsVersion.V2_1);
            var out = driver.createOutputTopic(ninjsTopic.name(), ninjsTopic.keySerde().deserializer(),
                    ninjsTopic.valueSerde().deserializer());
            in.pipeInput("t:1", new WireStory("t:1", 3, "Vučić meets Kurti in Brussels",
                    "Serbian President Aleksandar Vučić and Kosovo Prime Minister Albin Kurti met in Brussels.",
                    "en", "tanjug", "plain", "BRUSSELS", "By Jelena Marković", null, Instant.parse("2026-11-27T10:00:00Z")));
            var record = out.readKeyValue();
            assertThat(record.key).isEqualTo("t:1");
            NinjsDocument doc = record.value;
            assertThat(doc.uri()).isEqualTo("urn:wirefeed:story:t:1");
            assertThat(doc.version()).isEqualTo("3");
            assertThat(doc.by()).isEqualTo("By Jelena Marković");
            assertThat(doc.located()).isEqualTo("BRUSSELS");
            assertThat(doc.people()).extracting(NinjsDocument.Item::uri)
                    .contains("urn:wirefeed:person:aleksandar-vucic", "urn:wirefeed:person:albin-kurti");
            assertThat(doc.subjects()).filteredOn(sub -> "focus".equals(sub.rel())).extracting(NinjsDocument.Subject::literal)
                    .contains("RS", "XK");
            assertThat(doc.subjects()).extracting(NinjsDocument.Subject::name).contains("Serbia", "Kosovo", "Western Balkans");
            assertThat(out.isEmpty()).isTrue();
        }
        Topology off = EnrichTopology.build(TOPICS, TestTagger.get(), registry, true, EnrichTopology.DEFAULT_RETENTION, Optional.empty());
        assertThat(off.describe().toString()).doesNotContain(EnrichTopology.NINJS, "wire.enriched.ninjs");
    }

    @Test
    void tagsARawStoryIntoAnEnrichedRecordKeyedByTheStoryId() {
        try (TopologyTestDriver driver = new TopologyTestDriver(EnrichTopology.build(TOPICS, TestTagger.get(), registry), props())) {
            var in = driver.createInputTopic(TOPICS.raw().name(), new StringSerializer(), TOPICS.raw().valueSerde().serializer());
            var out = driver.createOutputTopic(TOPICS.enriched().name(), TOPICS.enriched().keySerde().deserializer(),
                    TOPICS.enriched().valueSerde().deserializer());
            in.pipeInput("t:1", new WireStory("t:1", 1, "Vučić meets Kurti in Brussels",
                    "Serbian President Aleksandar Vučić and Kosovo Prime Minister Albin Kurti met in Brussels.",
                    "en", "tanjug", "plain", null, null, null, Instant.parse("2026-11-27T10:00:00Z")));
            var record = out.readKeyValue();
            assertThat(record.key).isEqualTo("t:1");
            EnrichedStory s = record.value;
            assertThat(s.people()).extracting(EnrichedStory.PersonTag::name).contains("Aleksandar Vučić", "Albin Kurti");
            assertThat(s.tagger().kb()).isNotBlank();
        }
    }

    @Test
    void theEnrichedRecordCarriesItsRegionsAndFocusInHeadersForTheSinkToRouteBy() {
        try (TopologyTestDriver driver = new TopologyTestDriver(EnrichTopology.build(TOPICS, TestTagger.get(), registry), props())) {
            var in = driver.createInputTopic(TOPICS.raw().name(), new StringSerializer(), TOPICS.raw().valueSerde().serializer());
            var out = driver.createOutputTopic(TOPICS.enriched().name(), TOPICS.enriched().keySerde().deserializer(),
                    TOPICS.enriched().valueSerde().deserializer());
            in.pipeInput("t:2", new WireStory("t:2", 1, "Montenegro's parliament passes budget",
                    "PODGORICA - Montenegro's parliament on Tuesday passed the state budget for next year after a debate in Podgorica.",
                    "en", "tanjug", "plain", null, null, null, Instant.parse("2026-11-27T10:00:00Z")));
            var record = out.readRecord();
            EnrichedStory s = record.value();
            assertThat(s.focus().countries()).contains("ME");
            assertThat(RoutingHeaders.read(record.headers(), RoutingHeaders.REGIONS)).isEqualTo(s.regions());
            assertThat(RoutingHeaders.read(record.headers(), RoutingHeaders.COUNTRIES)).isEqualTo(s.countries());
            assertThat(RoutingHeaders.read(record.headers(), RoutingHeaders.FOCUS_REGIONS)).isEqualTo(s.focus().regions())
                    .contains("western-balkans");
            assertThat(RoutingHeaders.read(record.headers(), RoutingHeaders.FOCUS_COUNTRIES)).isEqualTo(s.focus().countries());
        }
    }

    @Test
    void sendsUnreadableAndEmptyRecordsToTheDeadLetterTopicAndGoesOn() {
        try (TopologyTestDriver driver = new TopologyTestDriver(EnrichTopology.build(TOPICS, TestTagger.get(), registry), props())) {
            var bytesIn = driver.createInputTopic(TOPICS.raw().name(), new StringSerializer(), new ByteArraySerializer());
            var out = driver.createOutputTopic(TOPICS.enriched().name(), TOPICS.enriched().keySerde().deserializer(),
                    TOPICS.enriched().valueSerde().deserializer());
            var dlq = driver.createOutputTopic(TOPICS.dlq().name(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
            bytesIn.pipeInput("bad:1", "not json".getBytes(StandardCharsets.UTF_8));
            bytesIn.pipeInput("bad:2", (byte[]) null);
            bytesIn.pipeInput("good:1", TOPICS.raw().valueSerde().serializer().serialize("t",
                    new WireStory("good:1", 1, "H", "Talks in Skopje.", "en", null, "plain", null, null, null, Instant.EPOCH)));
            assertThat(out.readKeyValue().key).isEqualTo("good:1");
            var letters = dlq.readRecordsToList();
            assertThat(letters).hasSize(2);
            assertThat(new String(letters.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("not json");
            assertThat(letters.get(0).headers().lastHeader("__streams.errors.exception")).isNotNull();
            assertThat(new String(letters.get(1).headers().lastHeader("__streams.errors.message").value(), StandardCharsets.UTF_8))
                    .contains("empty record");
        }
    }

    private static WireStory story(String id, int version, String body) {
        return new WireStory(id, version, "Talks in Skopje", body, "en", null, "plain", null, null, null, Instant.EPOCH);
    }

    @Test
    void tagsAStorySentAgainUnchangedOnceAndANewVersionAgain() {
        try (TopologyTestDriver driver = new TopologyTestDriver(EnrichTopology.build(TOPICS, TestTagger.get(), registry), props())) {
            var in = driver.createInputTopic(TOPICS.raw().name(), new StringSerializer(), TOPICS.raw().valueSerde().serializer());
            var out = driver.createOutputTopic(TOPICS.enriched().name(), TOPICS.enriched().keySerde().deserializer(),
                    TOPICS.enriched().valueSerde().deserializer());
            in.pipeInput("s:1", story("s:1", 1, "Ministers met in Skopje."));
            in.pipeInput("s:1", story("s:1", 1, "Ministers met in Skopje."));
            in.pipeInput("s:2", story("s:2", 1, "Ministers met in Skopje."));
            in.pipeInput("s:1", story("s:1", 2, "Ministers met in Skopje on Monday."));
            assertThat(out.readKeyValuesToList()).extracting(kv -> kv.key + "/v" + kv.value.version())
                    .containsExactly("s:1/v1", "s:2/v1", "s:1/v2");
        }
    }

    @Test
    void tagsAnOlderVersionArrivingAfterANewerOneNever() {
        try (TopologyTestDriver driver = new TopologyTestDriver(EnrichTopology.build(TOPICS, TestTagger.get(), registry), props())) {
            var in = driver.createInputTopic(TOPICS.raw().name(), new StringSerializer(), TOPICS.raw().valueSerde().serializer());
            var out = driver.createOutputTopic(TOPICS.enriched().name(), TOPICS.enriched().keySerde().deserializer(),
                    TOPICS.enriched().valueSerde().deserializer());
            in.pipeInput("s:1", story("s:1", 3, "Ministers met in Skopje on Monday evening."));
            in.pipeInput("s:1", story("s:1", 2, "Ministers met in Skopje on Monday."));
            in.pipeInput("s:1", story("s:1", 1, "Ministers met in Skopje."));
            in.pipeInput("s:1", story("s:1", 3, "Ministers met in Skopje on Monday evening, officials said."));
            assertThat(out.readKeyValuesToList()).extracting(kv -> kv.key + "/v" + kv.value.version() + "/" + kv.value.bodyText())
                    .containsExactly("s:1/v3/Ministers met in Skopje on Monday evening.",
                            "s:1/v3/Ministers met in Skopje on Monday evening, officials said.");
        }
    }

    @Test
    void tagsEveryCopyWhenTheFilterIsOff() {
        Topology topology = EnrichTopology.build(TOPICS, TestTagger.get(), registry, false, EnrichTopology.DEFAULT_RETENTION);
        assertThat(topology.describe().toString()).doesNotContain(EnrichTopology.DEDUPE, "seen-stories");
        try (TopologyTestDriver driver = new TopologyTestDriver(topology, props())) {
            var in = driver.createInputTopic(TOPICS.raw().name(), new StringSerializer(), TOPICS.raw().valueSerde().serializer());
            var out = driver.createOutputTopic(TOPICS.enriched().name(), TOPICS.enriched().keySerde().deserializer(),
                    TOPICS.enriched().valueSerde().deserializer());
            in.pipeInput("s:1", story("s:1", 1, "Ministers met in Skopje."));
            in.pipeInput("s:1", story("s:1", 1, "Ministers met in Skopje."));
            assertThat(out.readKeyValuesToList()).hasSize(2);
        }
    }

    @Test
    void forgetsWhatItSawOnceStreamTimeIsPastTheRetentionAndNotBefore() {
        Instant t0 = Instant.parse("2026-11-27T10:00:00Z");
        try (TopologyTestDriver driver = new TopologyTestDriver(
                EnrichTopology.build(TOPICS, TestTagger.get(), registry, Duration.ofHours(1)), props())) {
            var in = driver.createInputTopic(TOPICS.raw().name(), new StringSerializer(), TOPICS.raw().valueSerde().serializer());
            var out = driver.createOutputTopic(TOPICS.enriched().name(), TOPICS.enriched().keySerde().deserializer(),
                    TOPICS.enriched().valueSerde().deserializer());
            KeyValueStore<String, ?> store = driver.getTimestampedKeyValueStore("seen-stories");
            in.pipeInput("s:1", story("s:1", 1, "Ministers met in Skopje."), t0);
            driver.advanceWallClockTime(Duration.ofHours(2)); // the wall clock does not sweep
            assertThat(store.get("s:1")).isNotNull();
            in.pipeInput("s:2", story("s:2", 1, "Ministers met in Tirana."), t0.plus(Duration.ofMinutes(61)));
            assertThat(store.get("s:1")).isNull();
            assertThat(store.get("s:2")).isNotNull();
            in.pipeInput("s:1", story("s:1", 1, "Ministers met in Skopje."), t0.plus(Duration.ofMinutes(62)));
            assertThat(out.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("s:1", "s:2", "s:1");
        }
    }
}
