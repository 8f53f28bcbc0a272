package io.wirefeed.app;

import io.wirefeed.model.EnrichedStory;
import io.wirefeed.model.Topics;
import io.wirefeed.monitor.CoverageWindow;
import io.wirefeed.monitor.Subject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * The monitor stage through a real broker: enriched stories are written to {@code wire.enriched} first, then
 * the monitor (as {@code wirefeed monitor} runs it, exactly-once) starts and counts them; the rate is taken
 * from its first count to the moment the daily count of {@code all} holds every story (read through the
 * same interactive query the API uses).
 */
final class MonitorBenchmark {
    /** What the phase measured. */
    record Result(int stories, double seconds, double storiesPerSecond, double startSeconds) {}

    private final WirefeedConfig base;
    private final Path stateDir;

    MonitorBenchmark(WirefeedConfig base, Path stateDir) {
        this.base = base;
        this.stateDir = stateDir;
    }

    Result run(List<EnrichedStory> stories, ProgressBar bar) throws Exception {
        String prefix = "bench-monitor-" + UUID.randomUUID().toString().substring(0, 6) + ".";
        WirefeedConfig config = WirefeedConfig.resolve(null, Map.of(), Map.of("bootstrap.servers", base.bootstrapServers(),
                "topic.prefix", prefix, "topic.partitions", Integer.toString(base.partitions()),
                "state.dir", stateDir.resolve(prefix).toString(), "monitor.port", "0"));
        long at = Instant.now().toEpochMilli();
        try (Stages stages = new Stages(config)) {
            Topics topics = stages.topics();
            Map<String, Object> p = KafkaClients.common(config);
            p.put(ProducerConfig.LINGER_MS_CONFIG, 20);
            p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_RECORD_BYTES);
            try (var producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
                for (EnrichedStory s : stories) {
                    producer.send(new ProducerRecord<>(topics.enriched().name(), null, at, s.id(),
                            Topics.ENRICHED_STORY.serializer().serialize(topics.enriched().name(), s)));
                }
            }
            long t0 = System.nanoTime();
            KafkaStreams monitor = stages.startMonitor().streams();
            long first = 0;
            long deadline = t0 + Duration.ofMinutes(30).toNanos();
            long counted = 0;
            while (counted < stories.size()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the monitor counted " + counted + " of " + stories.size() + " in 30 minutes");
                }
                LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
                counted = allToday(monitor, at);
                if (counted > 0 && first == 0) {
                    first = System.nanoTime();
                }
                bar.update((int) counted);
            }
            double seconds = (System.nanoTime() - first) / 1e9;
            return new Result(stories.size(), seconds, stories.size() / seconds, (first - t0) / 1e9);
        }
    }

    /** The daily count of {@code all} for the day of {@code at}, 0 while the store is not ready. */
    private static long allToday(KafkaStreams monitor, long at) {
        try {
            ReadOnlyWindowStore<String, Long> store = monitor.store(StoreQueryParameters.fromNameAndType(
                    CoverageWindow.D1.coverageStore(), QueryableStoreTypes.<String, Long>windowStore()).enableStaleStores());
            Instant day = Instant.ofEpochMilli(CoverageWindow.D1.windowStart(at));
            try (WindowStoreIterator<Long> it = store.fetch(Subject.ALL, day, day)) {
                return it.hasNext() ? it.next().value : 0;
            }
        } catch (RuntimeException notReady) {
            return 0;
        }
    }
}
