package io.wirefeed.sink.watch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The compacted topic {@code wire.watchlists} as a table of rules: key = rule id, value = the rule as JSON
 * ({@link WatchRuleFormat#toJson}), a tombstone deletes the rule. What {@code wirefeed watch} writes and lists;
 * the sink reads the same records into its global store.
 */
public final class WatchListTopic {
    /** A record {@link #read} skipped because it is not a valid rule, as the sink skips it. */
    public record Skipped(long offset, String key, String reason) {}

    /** The rules in force on the topic, and the records that were skipped. */
    public record Snapshot(WatchList rules, List<Skipped> skipped) {}

    private final String topic;
    private final Duration timeout;

    public WatchListTopic(String topic, Duration timeout) {
        this.topic = topic;
        this.timeout = timeout;
    }

    /** Publishes every rule keyed by its id; returns once the broker has acknowledged them all. */
    public void put(Producer<String, String> producer, WatchList rules) {
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        for (WatchRule rule : rules.rules()) {
            sent.add(producer.send(new ProducerRecord<>(topic, rule.id(), WatchRuleFormat.toJson(rule))));
        }
        producer.flush();
        sent.forEach(this::acknowledged);
    }

    /** Publishes the tombstone of a rule; returns once the broker has acknowledged it. */
    public void delete(Producer<String, String> producer, String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("name the rule to delete");
        }
        acknowledged(producer.send(new ProducerRecord<>(topic, id, null)));
    }

    /**
     * Reads the topic from its beginning to its end as of this call and applies its records as the sink does:
     * a valid rule replaces the earlier version of its id, a tombstone deletes it, anything else is skipped.
     */
    public Snapshot read(Consumer<String, String> consumer) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        if (partitions.isEmpty()) {
            throw new IllegalStateException("topic " + topic + " does not exist: no rule has been put yet");
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
        Map<String, WatchRule> rules = new LinkedHashMap<>();
        List<Skipped> skipped = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!partitions.stream().allMatch(tp -> consumer.position(tp) >= end.get(tp))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("could not read " + topic + " to its end within " + timeout);
            }
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                if (r.value() == null) {
                    rules.remove(r.key());
                    continue;
                }
                try {
                    rules.put(r.key(), WatchRuleFormat.readRecord(r.key(), r.value()));
                } catch (IllegalArgumentException e) {
                    skipped.add(new Skipped(r.offset(), r.key(), e.getMessage()));
                }
            }
        }
        return new Snapshot(new WatchList(List.copyOf(rules.values())), List.copyOf(skipped));
    }

    private void acknowledged(Future<RecordMetadata> send) {
        try {
            send.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the broker did not accept a rule for " + topic + ": " + e.getCause().getMessage(), e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("no acknowledgement from the broker for " + topic + " within " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for the broker", e);
        }
    }
}
