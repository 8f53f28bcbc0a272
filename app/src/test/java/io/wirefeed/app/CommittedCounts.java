package io.wirefeed.app;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Counts the records of a topic by key as a {@code read_committed} consumer sees them, from the beginning, on a
 * thread of its own until closed; remembers when each key was first seen, so that the pauses of the output can be
 * measured. Keeps reading through broker outages (the consumer retries).
 */
final class CommittedCounts implements AutoCloseable {
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();
    /** System.nanoTime() of each first sighting, in order. */
    private final ConcurrentLinkedQueue<Long> arrivals = new ConcurrentLinkedQueue<>();
    private final Thread thread;
    private volatile boolean running = true;

    CommittedCounts(String bootstrap, String topic) {
        thread = new Thread(() -> read(bootstrap, topic), "committed-counts-" + topic);
        thread.setDaemon(true);
        thread.start();
    }

    private void read(String bootstrap, String topic) {
        Map<String, Object> p = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(topic, Duration.ofMinutes(1)).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            while (running) {
                for (var r : c.poll(Duration.ofMillis(200))) {
                    if (r.key() == null) {
                        continue;
                    }
                    if (counts.merge(new String(r.key(), StandardCharsets.UTF_8), 1, Integer::sum) == 1) {
                        arrivals.add(System.nanoTime());
                    }
                }
            }
        } catch (org.apache.kafka.common.errors.InterruptException e) {
            // closed
        }
    }

    int count(String key) {
        return counts.getOrDefault(key, 0);
    }

    /** How many of {@code keys} were seen at least once. */
    long seen(Collection<String> keys) {
        return keys.stream().filter(counts::containsKey).count();
    }

    /** Those of {@code keys} never seen. */
    List<String> missing(Collection<String> keys) {
        return keys.stream().filter(k -> !counts.containsKey(k)).toList();
    }

    /** Those of {@code keys} seen more than once. */
    List<String> duplicated(Collection<String> keys) {
        return keys.stream().filter(k -> counts.getOrDefault(k, 0) > 1).toList();
    }

    int distinctKeys() {
        return counts.size();
    }

    /**
     * The longest time without a new key between {@code from} and {@code to} (System.nanoTime() values): the
     * pause a reader of the topic saw, counted from {@code from}.
     */
    long longestPauseMillis(long from, long to) {
        List<Long> times = new ArrayList<>();
        times.add(from);
        for (long t : arrivals) {
            if (t > from && t <= to) {
                times.add(t);
            }
        }
        long longest = 0;
        for (int i = 1; i < times.size(); i++) {
            longest = Math.max(longest, times.get(i) - times.get(i - 1));
        }
        return longest / 1_000_000;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(10_000);
    }
}
