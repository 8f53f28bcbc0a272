package io.wirefeed.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.kb.KnowledgeBaseLoader;
import io.wirefeed.enrich.sample.StoryGenerator;
import io.wirefeed.ingest.StoryPublisher;
import io.wirefeed.model.Topics;
import io.wirefeed.model.WireStory;
import io.wirefeed.testkit.KafkaFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exactly once under crashes: the enrich stage runs as its own JVM (the packaged {@code wirefeed enrich}),
 * is killed with SIGKILL three times while 20,000 stories flow, and restarted each time. A read_committed
 * consumer must see every story enriched exactly once, and the audit must be clean. Enrich runs with its
 * duplicate filter off ({@code enrich.dedupe=false}): the records a killed instance had processed but not
 * committed are read again after the restart, and only exactly-once processing (their first output aborted
 * with the transaction) keeps them from appearing twice; under at-least-once this test fails.
 */
class EnrichKillIT {
    private static final int STORIES = 20_000;
    private static final int KILLS = 3;

    @TempDir
    Path dir;

    @Test
    void everyStoryIsEnrichedExactlyOnceThoughEnrichIsKilledThreeTimes() throws Exception {
        String bootstrap = KafkaFixture.shared().bootstrapServers();
        String prefix = "kill-" + UUID.randomUUID().toString().substring(0, 8) + ".";
        WirefeedConfig config = WirefeedConfig.resolve(null, Map.of(), Map.of("bootstrap.servers", bootstrap,
                "topic.prefix", prefix, "topic.partitions", "4"));
        Topics topics = new Topics(prefix);
        KafkaClients.createPipelineTopics(config, topics);

        List<WireStory> stories = new StoryGenerator(KnowledgeBaseLoader.builtIn(), 7).stories(STORIES);
        try (Producer<byte[], byte[]> producer = KafkaClients.ingestProducer(config)) {
            StoryPublisher publisher = new StoryPublisher(producer, topics, 1 << 20);
            stories.forEach(publisher::publish);
            producer.flush();
        }

        Map<String, Integer> seen = new HashMap<>();
        AtomicBoolean reading = new AtomicBoolean(true);
        Thread reader = new Thread(() -> readCommitted(config, topics.enriched().name(), seen, reading), "kill-it-reader");
        reader.start();
        List<Long> recoveries = new ArrayList<>();
        Process enrich = null;
        try {
            enrich = startEnrich(bootstrap, prefix);
            for (int kill = 1; kill <= KILLS; kill++) {
                int threshold = STORIES * kill / (KILLS + 1);
                awaitCount(seen, threshold, Duration.ofMinutes(3));
                enrich.destroyForcibly(); // SIGKILL: no shutdown hook, open transactions left behind
                assertThat(enrich.waitFor(30, TimeUnit.SECONDS)).isTrue();
                int before = count(seen);
                long restarted = System.nanoTime();
                enrich = startEnrich(bootstrap, prefix);
                awaitCount(seen, before + 1, Duration.ofMinutes(2));
                recoveries.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - restarted));
            }
            awaitCount(seen, STORIES, Duration.ofMinutes(5));
            enrich.destroy();
            enrich.waitFor(60, TimeUnit.SECONDS);
        } finally {
            if (enrich != null && enrich.isAlive()) {
                enrich.destroyForcibly(); // never leave a child JVM behind, whatever failed
            }
            reading.set(false);
            reader.join(10_000);
        }
        System.out.println("EnrichKillIT: " + STORIES + " stories, " + KILLS + " kills, time to first record after restart (ms): "
                + recoveries);
        synchronized (seen) {
            assertThat(seen).hasSize(STORIES);
            assertThat(seen.values()).allMatch(n -> n == 1);
        }
        Audit.Report audit = new Audit(config, topics).run(null, null);
        assertThat(audit.missing()).isEmpty();
        assertThat(audit.duplicated()).isEmpty();
        assertThat(audit.enriched()).isEqualTo(STORIES);
    }

    private Process startEnrich(String bootstrap, String prefix) throws Exception {
        Path jar = Path.of("target", "wirefeed.jar").toAbsolutePath();
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString(), "enrich", "--bootstrap-servers", bootstrap, "--topic-prefix", prefix,
                // a killed member must leave the group quickly so the restarted one gets its partitions
                "--kafka.session.timeout.ms=6000", "--kafka.heartbeat.interval.ms=1500");
        pb.environment().put("WIREFEED_STATE_DIR", dir.resolve("state").toString());
        pb.environment().put("WIREFEED_ENRICH_DEDUPE", "false"); // nothing hides a replayed record
        pb.redirectErrorStream(true).redirectOutput(dir.resolve("enrich.log").toFile());
        return pb.start();
    }

    private static void readCommitted(WirefeedConfig config, String topic, Map<String, Integer> seen, AtomicBoolean reading) {
        Map<String, Object> p = KafkaClients.common(config);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(topic).stream().map(i -> new TopicPartition(topic, i.partition())).toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            while (reading.get()) {
                var records = c.poll(Duration.ofMillis(200));
                synchronized (seen) {
                    records.forEach(r -> seen.merge(new String(r.key(), StandardCharsets.UTF_8), 1, Integer::sum));
                }
            }
        }
    }

    private static int count(Map<String, Integer> seen) {
        synchronized (seen) {
            return seen.size();
        }
    }

    private static void awaitCount(Map<String, Integer> seen, int n, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (count(seen) < n) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + count(seen) + " of " + n + " stories enriched within " + timeout);
            }
            java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50)); // polling a condition
        }
    }
}
