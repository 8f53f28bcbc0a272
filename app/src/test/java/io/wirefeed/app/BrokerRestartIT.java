package io.wirefeed.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.model.Topics;
import io.wirefeed.testkit.Await;
import io.wirefeed.testkit.KafkaFixture;
import io.wirefeed.testkit.RestartableBroker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker stops and comes back while ingest and enrich run: stories dropped before, during and after
 * the outage are all enriched once it returns, and the audit is clean. Uses a broker of its own (same address
 * and data across the restart), not the shared one: the embedded broker, or a container under
 * {@code -Dwirefeed.kafka=testcontainers}.
 */
class BrokerRestartIT {
    private static final int PER_PHASE = 20;

    @TempDir
    Path dir;

    @Test
    void nothingIsLostWhenTheBrokerStopsAndReturns() throws Exception {
        RestartableBroker broker = KafkaFixture.restartable(dir.resolve("kafka"));
        Path inbox = dir.resolve("inbox");
        Files.createDirectories(inbox);
        WirefeedConfig config = WirefeedConfig.resolve(null, Map.of(), Map.of("bootstrap.servers", broker.bootstrapServers(),
                "topic.partitions", "2", "state.dir", dir.resolve("state").toString(), "inbox", inbox.toString(),
                "inbox.poll.ms", "200", "http.port", "0"));
        Topics topics = Topics.defaults();
        long outage;
        try (Stages stages = new Stages(config)) {
            stages.startEnrich(Stages.tagger(config));
            stages.startIngest();
            drop(inbox, "before", PER_PHASE);
            Await.records(broker.bootstrapServers(), topics.enriched().name(), Duration.ofSeconds(90), r -> r.size() >= PER_PHASE);

            long down = System.nanoTime();
            broker.stop();
            drop(inbox, "during", PER_PHASE); // ingest cannot publish these until the broker is back
            broker.start();
            outage = (System.nanoTime() - down) / 1_000_000;
            drop(inbox, "after", PER_PHASE);

            var enriched = Await.records(broker.bootstrapServers(), topics.enriched().name(), Duration.ofMinutes(4),
                    r -> keys(r).size() >= 3 * PER_PHASE);
            long recovered = (System.nanoTime() - down) / 1_000_000;
            System.out.printf("BrokerRestartIT: broker down %d ms; all %d stories enriched %d ms after it stopped%n", outage,
                    3 * PER_PHASE, recovered);
            assertThat(keys(enriched)).hasSize(3 * PER_PHASE);
            Audit.Report audit = new Audit(config, topics).run(null, null);
            assertThat(audit.missing()).isEmpty();
            assertThat(audit.duplicated()).isEmpty();
            assertThat(audit.raw()).isEqualTo(3 * PER_PHASE);
        } finally {
            broker.close();
        }
    }

    private static void drop(Path inbox, String phase, int n) throws Exception {
        for (int i = 0; i < n; i++) {
            Path tmp = inbox.resolve(phase + "-" + i + ".part");
            Files.writeString(tmp, "Talks in Skopje, " + phase + " " + i + "\n\nSKOPJE - Ministers from North Macedonia and "
                    + "Albania met on Monday, round " + phase + " " + i + ". /mia");
            Files.move(tmp, inbox.resolve(phase + "-" + i + ".txt"));
        }
    }

    private static Set<String> keys(java.util.List<org.apache.kafka.clients.consumer.ConsumerRecord<byte[], byte[]>> records) {
        Set<String> out = new HashSet<>();
        records.forEach(r -> out.add(new String(r.key(), java.nio.charset.StandardCharsets.UTF_8)));
        return out;
    }
}
