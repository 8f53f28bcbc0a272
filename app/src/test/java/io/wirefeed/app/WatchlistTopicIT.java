package io.wirefeed.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wirefeed.model.Alert;
import io.wirefeed.model.Topics;
import io.wirefeed.model.WireStory;
import io.wirefeed.sink.SinkTopology;
import io.wirefeed.sink.watch.WatchRule;
import io.wirefeed.testkit.Await;
import io.wirefeed.testkit.KafkaFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Watch-list rules on the compacted topic, through the real broker while enrich and sink run: {@code wirefeed watch put}
 * makes the next story raise an alert keyed by the rule id without a restart, {@code watch delete} stops it, and a
 * restarted sink restores the topic's rules.
 */
class WatchlistTopicIT {
    private static final Duration DEADLINE = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    @Test
    void aRulePutOnTheTopicAppliesWithoutARestartStopsWhenDeletedAndIsRestoredWhenTheSinkRestarts() throws Exception {
        String bootstrap = KafkaFixture.shared().bootstrapServers();
        String prefix = "watch-" + UUID.randomUUID().toString().substring(0, 8) + ".";
        // one partition everywhere: stories reach the sink in the order they are written, so a marker story's alert
        // is committed after any alert of the stories before it
        WirefeedConfig config = WirefeedConfig.resolve(null, Map.of(), Map.of(
                "bootstrap.servers", bootstrap, "topic.prefix", prefix, "topic.partitions", "1", "region.topic.partitions", "1",
                "state.dir", dir.resolve("state").toString(), "http.port", "0", "watchlist.file", fileRules().toString()));
        Topics topics = new Topics(prefix);
        String[] kafka = {"--bootstrap-servers", bootstrap, "--topic-prefix", prefix};
        Path topicRules = write("vucic-kurti.yaml", """
                rules:
                  - id: vucic-kurti
                    description: Vučić and Kurti in one story
                    actors_all: [Aleksandar Vučić, person:albin-kurti]
                """);

        try (Stages stages = new Stages(config); Producer<String, WireStory> raw = rawProducer(bootstrap)) {
            stages.startEnrich(Stages.tagger(config));
            KafkaStreams sink = stages.startSink();

            // put while the sink runs: the next story naming both raises the alert, keyed by the rule id
            assertThat(watch(args("put", topicRules.toString(), kafka))).contains("put 1 rules", "[vucic-kurti]");
            awaitRuleInSink(sink, "vucic-kurti", true);
            publish(raw, topics, story("wf-it:dialogue-1", "Vučić and Kurti to meet in Brussels next week", """
                    Serbian President Aleksandar Vučić and Kosovo Prime Minister Albin Kurti will meet in Brussels next \
                    week for another round of the EU-facilitated dialogue, the European External Action Service said on \
                    Tuesday. Vučić told reporters in Belgrade he expected no breakthrough. Kurti said in Pristina that \
                    Serbia must first carry out the agreements already signed."""));
            Alert first = awaitAlert(bootstrap, topics, "vucic-kurti", "wf-it:dialogue-1");
            assertThat(first.description()).isEqualTo("Vučić and Kurti in one story");
            assertThat(first.matched()).containsExactly("person:aleksandar-vucic", "person:albin-kurti");

            String listed = watch(args("list", null, kafka));
            assertThat(listed).contains("- id: vucic-kurti", "Aleksandar Vučić", "person:albin-kurti");

            // delete: the next story naming both raises none; the marker story after it proves the sink got that far
            assertThat(watch(args("delete", "vucic-kurti", kafka))).contains("deleted rule vucic-kurti");
            awaitRuleInSink(sink, "vucic-kurti", false);
            publish(raw, topics, story("wf-it:dialogue-2", "Kurti rejects Vučić offer on energy deal", """
                    Kosovo Prime Minister Albin Kurti on Wednesday rejected an offer by Serbian President Aleksandar \
                    Vučić to reopen talks on the energy agreement, saying Belgrade had not honoured earlier commitments."""));
            publish(raw, topics, story("wf-it:marker-1", "Rama opens coastal road in southern Albania", """
                    Albanian Prime Minister Edi Rama on Wednesday opened a new coastal road between Vlora and Saranda, \
                    saying it would bring more visitors to the south of the country."""));
            List<Alert> alerts = awaitAlerts(bootstrap, topics, "marker", "wf-it:marker-1");
            assertThat(alerts).filteredOn(a -> a.storyId().equals("wf-it:dialogue-2")).isEmpty();
            assertThat(watch(args("list", null, kafka))).doesNotContain("vucic-kurti").contains("rules: []");

            // restart the sink: a new instance, whose in-memory store can only come from the topic
            assertThat(watch(args("put", topicRules.toString(), kafka))).contains("put 1 rules");
            awaitRuleInSink(sink, "vucic-kurti", true);
            sink.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                    .withTimeout(Duration.ofSeconds(30)));
            stages.startSink();
            publish(raw, topics, story("wf-it:dialogue-3", "Vučić, Kurti trade blame over border incident", """
                    Serbian President Aleksandar Vučić and Kosovo Prime Minister Albin Kurti blamed each other on \
                    Thursday for a shooting near the Jarinje crossing in which no one was hurt."""));
            awaitAlert(bootstrap, topics, "vucic-kurti", "wf-it:dialogue-3");
        }
    }

    /** The rules file of the sink: one rule, for the marker stories. */
    private Path fileRules() throws Exception {
        return write("watch.yaml", """
                rules:
                  - id: marker
                    description: Edi Rama (the marker stories)
                    actors_any: [person:edi-rama]
                """);
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    private static String[] args(String subcommand, String operand, String[] kafka) {
        Stream<String> head = operand == null ? Stream.of("watch", subcommand) : Stream.of("watch", subcommand, operand);
        return Stream.concat(head, Stream.of(kafka)).toArray(String[]::new);
    }

    /** Runs {@code wirefeed watch ...} as the command line does; its standard output. */
    private static String watch(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        assertThat(code).as("wirefeed %s; stderr: %s", String.join(" ", args), err).isZero();
        return out.toString();
    }

    /** Waits until the sink's global store has (or no longer has) the rule: the topic record has reached it. */
    private static void awaitRuleInSink(KafkaStreams sink, String id, boolean present) {
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
            ReadOnlyKeyValueStore<String, WatchRule> rules = sink.store(StoreQueryParameters.fromNameAndType(
                    SinkTopology.RULES_STORE, QueryableStoreTypes.<String, WatchRule>keyValueStore()));
            return (rules.get(id) != null) == present;
        });
    }

    private static Alert awaitAlert(String bootstrap, Topics topics, String rule, String storyId) {
        return awaitAlerts(bootstrap, topics, rule, storyId).stream()
                .filter(a -> a.rule().equals(rule) && a.storyId().equals(storyId)).findFirst().orElseThrow();
    }

    /** Every alert on the topic, once one for the story from the rule is there; each alert is keyed by its rule. */
    private static List<Alert> awaitAlerts(String bootstrap, Topics topics, String rule, String storyId) {
        List<ConsumerRecord<byte[], byte[]>> records = Await.records(bootstrap, topics.alerts().name(), DEADLINE,
                seen -> seen.stream().map(WatchlistTopicIT::alert).anyMatch(a -> a.rule().equals(rule) && a.storyId().equals(storyId)));
        records.forEach(r -> assertThat(new String(r.key(), StandardCharsets.UTF_8)).isEqualTo(alert(r).rule()));
        return records.stream().map(WatchlistTopicIT::alert).toList();
    }

    private static Alert alert(ConsumerRecord<byte[], byte[]> r) {
        return Topics.ALERT.deserializer().deserialize(r.topic(), r.value());
    }

    private static WireStory story(String id, String headline, String body) {
        Instant now = Instant.now();
        return new WireStory(id, 1, headline, body, "en", "wirefeed-it", "plain", null, null, now, now);
    }

    private static Producer<String, WireStory> rawProducer(String bootstrap) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
                Topics.defaults().raw().keySerde().serializer(), Topics.WIRE_STORY.serializer());
    }

    private static void publish(Producer<String, WireStory> producer, Topics topics, WireStory story) throws Exception {
        producer.send(new ProducerRecord<>(topics.raw().name(), story.id(), story)).get();
    }
}
