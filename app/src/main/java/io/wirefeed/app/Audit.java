package io.wirefeed.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirefeed.model.Json;
import io.wirefeed.model.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reconciles the pipeline's topics, as a {@code read_committed} consumer sees them: every story version on
 * {@code wire.raw} must be on {@code wire.enriched} once, or on {@code wire.dlq}. Reads each topic from the
 * given time (or the beginning) to its end offsets at the moment the audit starts.
 */
final class Audit {
    /** What the audit found; story versions are written {@code id#version}. */
    record Report(int raw, int enriched, int deadLettered, List<String> missing, List<String> duplicated) {
        boolean clean() {
            return missing.isEmpty() && duplicated.isEmpty();
        }
    }

    private final WirefeedConfig config;
    private final Topics topics;

    Audit(WirefeedConfig config, Topics topics) {
        this.config = config;
        this.topics = topics;
    }

    Report run(Instant from, Instant to) {
        Set<String> raw = new HashSet<>();
        Set<String> rawIds = new HashSet<>();
        read(topics.raw().name(), from, to, (key, value) -> {
            raw.add(key + "#" + version(value));
            rawIds.add(key);
        });
        Map<String, Integer> enriched = new HashMap<>();
        read(topics.enriched().name(), from, null, (key, value) -> enriched.merge(key + "#" + version(value), 1, Integer::sum));
        Set<String> deadIds = new HashSet<>();
        read(topics.dlq().name(), from, null, (key, value) -> deadIds.add(key));
        TreeSet<String> missing = new TreeSet<>();
        for (String v : raw) {
            String id = v.substring(0, v.lastIndexOf('#'));
            if (!enriched.containsKey(v) && !deadIds.contains(id)) {
                missing.add(v);
            }
        }
        TreeSet<String> duplicated = new TreeSet<>();
        enriched.forEach((v, n) -> {
            if (n > 1 && rawIds.contains(v.substring(0, v.lastIndexOf('#')))) {
                duplicated.add(v);
            }
        });
        int enrichedOfRaw = (int) enriched.keySet().stream().filter(raw::contains).count();
        int deadOfRaw = (int) rawIds.stream().filter(deadIds::contains).count();
        return new Report(raw.size(), enrichedOfRaw, deadOfRaw, List.copyOf(missing), List.copyOf(duplicated));
    }

    private void read(String topic, Instant from, Instant to, BiConsumer<String, byte[]> each) {
        Map<String, Object> p = KafkaClients.common(config);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            if (from != null) {
                Map<TopicPartition, Long> at = new HashMap<>();
                parts.forEach(tp -> at.put(tp, from.toEpochMilli()));
                c.offsetsForTimes(at).forEach((tp, o) -> {
                    if (o != null) {
                        c.seek(tp, o.offset());
                    } else {
                        c.seekToEnd(List.of(tp));
                    }
                });
            }
            Map<TopicPartition, Long> end = c.endOffsets(parts);
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end within 10 minutes");
                }
                for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(500))) {
                    if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))
                            && (to == null || r.timestamp() <= to.toEpochMilli()) && r.key() != null) {
                        each.accept(new String(r.key(), StandardCharsets.UTF_8), r.value());
                    }
                }
            }
        }
    }

    /** The version field of a wire or enriched record; 1 when absent or unreadable. */
    private static int version(byte[] value) {
        if (value == null) {
            return 1;
        }
        try {
            JsonNode n = Json.MAPPER.readTree(value);
            return Math.max(1, n.path("version").asInt(1));
        } catch (java.io.IOException e) {
            return 1;
        }
    }

    static List<String> sample(List<String> items, int max) {
        return items.size() <= max ? items : new ArrayList<>(items.subList(0, max));
    }
}
