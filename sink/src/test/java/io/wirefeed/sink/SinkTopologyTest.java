package io.wirefeed.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirefeed.model.EnrichedStory;
import io.wirefeed.model.RoutingHeaders;
import io.wirefeed.model.Topics;
import io.wirefeed.model.Alert;
import io.wirefeed.sink.watch.WatchList;
import io.wirefeed.sink.watch.WatchRule;
import io.wirefeed.testkit.StreamsTestProps;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

class SinkTopologyTest {
    private static final Topics TOPICS = Topics.defaults();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private static EnrichedStory story(String id, List<String> regions) {
        return new EnrichedStory(id, 1, "H", "B", "en", null, "plain", null, null, null, List.of("RS"), regions,
                new EnrichedStory.Focus(List.of("RS"), regions), List.of(), List.of(), List.of(), List.of(),
                new EnrichedStory.TaggerInfo("t", "kb"));
    }

    private static Properties props() {
        Properties p = StreamsTestProps.forApp("sink-test");
        return p;
    }

    /** Every region these tests use has its topic. */
    private static final RegionRouting BY_FOCUS = RegionRouting.byFocus(List.of("western-balkans", "balkans", "europe",
            "southern-europe", "eu", "western-europe"));

    @Test
    void namesEveryProcessor() {
        String d = SinkTopology.build(TOPICS, BY_FOCUS, registry).describe().toString();
        assertThat(d).contains("Source: " + SinkTopology.SOURCE, "Processor: " + SinkTopology.ROUTE, "Sink: " + SinkTopology.SINK,
                "Processor: " + SinkTopology.WATCH, "Sink: " + SinkTopology.ALERTS,
                "Source: " + SinkTopology.UPDATE_RULES + "-source (topics: [wire.watchlists])",
                "Processor: " + SinkTopology.UPDATE_RULES + " (stores: [" + SinkTopology.RULES_STORE + "])");
    }

    /** A story about Serbia that also mentions Germany, as enrich writes it: the JSON and the routing headers. */
    private static TestRecord<String, byte[]> serbiaMentioningGermany(String id) {
        EnrichedStory s = new EnrichedStory(id, 1, "Serbia and Germany", "Body", "en", null, "plain", null, null, null,
                List.of("RS", "DE"), List.of("western-balkans", "balkans", "southern-europe", "eu", "western-europe", "europe"),
                new EnrichedStory.Focus(List.of("RS"), List.of("western-balkans", "balkans", "southern-europe", "europe")),
                List.of(), List.of(), List.of(), List.of(), new EnrichedStory.TaggerInfo("t", "kb"));
        Headers headers = new RecordHeaders();
        RoutingHeaders.write(headers, s);
        return new TestRecord<>(id, TOPICS.enriched().valueSerde().serializer().serialize("", s), headers, Instant.EPOCH);
    }

    private static Map<String, List<byte[]>> route(RegionRouting routing, List<TestRecord<String, byte[]>> records,
            String... regions) {
        try (TopologyTestDriver driver = new TopologyTestDriver(SinkTopology.build(TOPICS, routing, new SimpleMeterRegistry()), props())) {
            var in = driver.createInputTopic(TOPICS.enriched().name(), new StringSerializer(), new ByteArraySerializer());
            records.forEach(in::pipeInput);
            Map<String, List<byte[]>> out = new LinkedHashMap<>();
            for (String r : regions) {
                out.put(r, driver.createOutputTopic(TOPICS.region(r).name(), new StringDeserializer(), new ByteArrayDeserializer())
                        .readValuesToList());
            }
            return out;
        }
    }

    @Test
    void aStoryGoesToTheTopicsOfTheRegionsItIsAboutItsBytesUntouched() {
        var story = serbiaMentioningGermany("s1");
        var out = route(BY_FOCUS, List.of(story), "western-balkans", "balkans", "europe", "eu", "western-europe");
        assertThat(out.get("western-balkans")).containsExactly(story.value());
        assertThat(out.get("balkans")).containsExactly(story.value());
        assertThat(out.get("europe")).containsExactly(story.value());
        assertThat(out.get("eu")).as("Germany is mentioned, not what the story is about").isEmpty();
        assertThat(out.get("western-europe")).isEmpty();
    }

    @Test
    void routedByMentionAStoryGoesToEveryRegionItRefersTo() {
        var story = serbiaMentioningGermany("s1");
        var out = route(new RegionRouting(BY_FOCUS.slugs(), RegionRouting.Basis.MENTION), List.of(story),
                "western-balkans", "eu", "western-europe");
        assertThat(out.values()).allSatisfy(copies -> assertThat(copies).containsExactly(story.value()));
    }

    @Test
    void onlyTheRegionTopicsToFillAreWritten() {
        var out = route(RegionRouting.byFocus(List.of("western-balkans")), List.of(serbiaMentioningGermany("s1")),
                "western-balkans", "balkans", "europe");
        assertThat(out.get("western-balkans")).hasSize(1);
        assertThat(out.get("balkans")).isEmpty();
        assertThat(out.get("europe")).isEmpty();
    }

    @Test
    void aRecordWithoutRoutingHeadersIsRoutedByItsJson() {
        try (TopologyTestDriver driver = new TopologyTestDriver(SinkTopology.build(TOPICS, BY_FOCUS, registry), props())) {
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
    }

    @Test
    void anAlertIsStampedWithTheStorysRecordTimeNotTheClock() {
        var rules = new WatchList(List.of(new WatchRule("serbia", null, null, null, null, null, List.of("RS"), null, null)));
        try (TopologyTestDriver driver = new TopologyTestDriver(SinkTopology.build(TOPICS, BY_FOCUS, () -> rules, registry), props())) {
            var in = driver.createInputTopic(TOPICS.enriched().name(), new StringSerializer(), new ByteArraySerializer());
            var alerts = driver.createOutputTopic(TOPICS.alerts().name(), new StringDeserializer(),
                    TOPICS.alerts().valueSerde().deserializer());
            var story = serbiaMentioningGermany("s1");
            Instant published = Instant.parse("2026-03-01T08:00:00Z");
            in.pipeInput(new TestRecord<>(story.key(), story.value(), story.headers(), published));
            var alert = alerts.readValue();
            assertThat(alert.at()).isEqualTo(published);
            assertThat(alert.headline()).isEqualTo("Serbia and Germany");
            assertThat(alert.matched()).containsExactly("focus:RS");
        }
    }

    @Test
    void sendsOneAlertPerMatchingRuleKeyedByRuleId() {
        var rules = new io.wirefeed.sink.watch.WatchList(List.of(
                new io.wirefeed.sink.watch.WatchRule("serbia", "Serbia in focus", null, null, null, null, List.of("RS"), null, null),
                new io.wirefeed.sink.watch.WatchRule("kosovo", null, null, null, List.of("XK"), null, null, null, null)));
        try (TopologyTestDriver driver = new TopologyTestDriver(SinkTopology.build(TOPICS, BY_FOCUS, () -> rules, registry), props())) {
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

    // --- rules from the compacted topic wire.watchlists ---

    /** A sink under test: stories in, rule records in, alerts and one region topic out. */
    private static final class Sink implements AutoCloseable {
        final TopologyTestDriver driver;
        final TestInputTopic<String, EnrichedStory> stories;
        final TestInputTopic<String, String> rules;
        final TestOutputTopic<String, Alert> alerts;
        final TestOutputTopic<String, EnrichedStory> balkans;

        Sink(WatchList fileRules) {
            driver = new TopologyTestDriver(SinkTopology.build(TOPICS, BY_FOCUS, () -> fileRules, new SimpleMeterRegistry()), props());
            stories = driver.createInputTopic(TOPICS.enriched().name(), new StringSerializer(),
                    TOPICS.enriched().valueSerde().serializer());
            rules = driver.createInputTopic(TOPICS.watchlists().name(), new StringSerializer(), new StringSerializer());
            alerts = driver.createOutputTopic(TOPICS.alerts().name(), new StringDeserializer(),
                    TOPICS.alerts().valueSerde().deserializer());
            balkans = driver.createOutputTopic("wire.region.balkans", new StringDeserializer(),
                    TOPICS.enriched().valueSerde().deserializer());
        }

        /** The alerts the story raises, as rule id → the tags that matched. */
        Map<String, List<String>> alertsFor(EnrichedStory story) {
            stories.pipeInput(story.id(), story);
            Map<String, List<String>> out = new LinkedHashMap<>();
            alerts.readKeyValuesToList().forEach(kv -> {
                assertThat(kv.value.storyId()).isEqualTo(story.id());
                out.put(kv.key, kv.value.matched());
            });
            return out;
        }

        @Override
        public void close() {
            driver.close();
        }
    }

    private static EnrichedStory story(String id, List<String> countries, List<String> focus) {
        return new EnrichedStory(id, 1, "Headline " + id, "Body", "sr-Latn", "tanjug", "plain", null, null, null, countries,
                List.of("balkans"), new EnrichedStory.Focus(focus, List.of("balkans")), List.of(), List.of(), List.of(),
                List.of(), new EnrichedStory.TaggerInfo("t", "kb"));
    }

    @Test
    void aRulePutOnTheWatchlistsTopicMakesALaterStoryRaiseAnAlert() {
        try (Sink sink = new Sink(WatchList.empty())) {
            assertThat(sink.alertsFor(story("s1", List.of("RS", "XK"), List.of("XK")))).isEmpty();

            sink.rules.pipeInput("kosovo-in-focus", """
                    {"id": "kosovo-in-focus", "description": "Kosovo in focus", "focus_any": ["XK"]}""");
            assertThat(sink.alertsFor(story("s2", List.of("RS", "XK"), List.of("XK"))))
                    .containsExactly(Map.entry("kosovo-in-focus", List.of("focus:XK")));
            assertThat(sink.alertsFor(story("s3", List.of("RS"), List.of("RS")))).isEmpty();
        }
    }

    @Test
    void aTombstoneOnTheWatchlistsTopicStopsTheRule() {
        try (Sink sink = new Sink(WatchList.empty())) {
            sink.rules.pipeInput("kosovo", "{\"countries_any\": [\"XK\"]}");
            assertThat(sink.alertsFor(story("s1", List.of("XK"), List.of("XK")))).containsOnlyKeys("kosovo");

            sink.rules.pipeInput("kosovo", (String) null);
            assertThat(sink.alertsFor(story("s2", List.of("XK"), List.of("XK")))).isEmpty();
        }
    }

    @Test
    void aTopicRuleOverridesTheFileRuleWithTheSameIdUntilItIsDeleted() {
        WatchList file = new WatchList(List.of(
                new WatchRule("serbia", "from the file", null, null, null, null, List.of("RS"), null, null),
                new WatchRule("albania", null, null, null, List.of("AL"), null, null, null, null)));
        try (Sink sink = new Sink(file)) {
            EnrichedStory serbia = story("s1", List.of("RS"), List.of("RS"));
            EnrichedStory serbiaAndKosovo = story("s2", List.of("RS", "XK"), List.of("RS"));
            assertThat(sink.alertsFor(serbia)).containsExactly(Map.entry("serbia", List.of("focus:RS")));

            // the topic's "serbia" asks for Kosovo as well: the file's version no longer applies
            sink.rules.pipeInput("serbia", "{\"focus_any\": [\"RS\"], \"countries_any\": [\"XK\"]}");
            assertThat(sink.alertsFor(serbia)).isEmpty();
            assertThat(sink.alertsFor(serbiaAndKosovo)).containsExactly(Map.entry("serbia", List.of("country:XK", "focus:RS")));
            assertThat(sink.alertsFor(story("s3", List.of("AL"), List.of("AL")))).as("the file's other rules stay")
                    .containsOnlyKeys("albania");

            sink.rules.pipeInput("serbia", (String) null);
            assertThat(sink.alertsFor(serbia)).as("deleted from the topic: the file's version is back")
                    .containsExactly(Map.entry("serbia", List.of("focus:RS")));
        }
    }

    @Test
    void aRecordThatIsNotAValidRuleIsSkippedTheLastGoodVersionStaysAndTheSinkKeepsWorking() {
        try (Sink sink = new Sink(WatchList.empty())) {
            sink.rules.pipeInput("kosovo", "{\"countries_any\": [\"XK\"]}");
            sink.rules.pipeInput("kosovo", "{\"countries_any\": [\"XK\"");                  // cut off
            sink.rules.pipeInput("kosovo", "{\"countrys_any\": [\"RS\"]}");                   // unknown key
            sink.rules.pipeInput("kosovo", "{\"description\": \"no criterion\"}");           // would match everything
            sink.rules.pipeInput("kosovo", "{\"id\": \"serbia\", \"countries_any\": [\"RS\"]}"); // key and id differ
            sink.rules.pipeInput("kosovo", "[\"XK\"]");                                       // not an object
            sink.rules.pipeInput((String) null, "{\"countries_any\": [\"RS\"]}");             // no key
            sink.rules.pipeInput("serbia", "not a rule");

            EnrichedStory s = story("s1", List.of("RS", "XK"), List.of("RS"));
            assertThat(sink.alertsFor(s)).containsExactly(Map.entry("kosovo", List.of("country:XK")));
            assertThat(sink.balkans.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("s1");

            sink.rules.pipeInput("serbia", "{\"countries_any\": [\"RS\"]}");
            assertThat(sink.alertsFor(story("s2", List.of("RS"), List.of("RS")))).containsOnlyKeys("serbia");
        }
    }
}
