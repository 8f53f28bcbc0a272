package io.wirefeed.sink;

import io.wirefeed.sink.watch.WatchRule;
import io.wirefeed.sink.watch.WatchRuleFormat;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the global store {@value SinkTopology#RULES_STORE} equal to the valid rules of {@code wire.watchlists}:
 * a rule is put under its id, a tombstone deletes it. Runs on the global thread for every record, at start
 * (restoring the store from the topic) as afterwards.
 * <p>
 * A record that is not a valid rule is logged with its reason and skipped, so the rule's last good version
 * stays in force. It is not dead-lettered: Kafka Streams 4.4 cannot send dead letters from a global processor
 * (it drops them with a warning), and {@code wirefeed watch put} checks rules before they reach the topic.
 */
final class WatchRuleUpdater implements Processor<String, String, Void, Void> {
    private static final Logger log = LoggerFactory.getLogger(WatchRuleUpdater.class);

    private ProcessorContext<Void, Void> context;
    private KeyValueStore<String, WatchRule> rules;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.context = context;
        this.rules = context.getStateStore(SinkTopology.RULES_STORE);
    }

    @Override
    public void process(Record<String, String> record) {
        String id = record.key();
        if (id != null && record.value() == null) {
            if (rules.delete(id) != null) {
                log.info("watch-list rule {} deleted", id);
            }
            return;
        }
        try {
            WatchRule rule = WatchRuleFormat.readRecord(id, record.value());
            WatchRule before = rules.get(id);
            rules.put(id, rule);
            if (!rule.equals(before)) {
                log.info("watch-list rule {} {}", id, before == null ? "added" : "changed");
            }
        } catch (IllegalArgumentException e) {
            boolean kept = id != null && rules.get(id) != null;
            log.warn("watch-list record {} is not a valid rule, skipped{}: {}", where(),
                    kept ? " (the rule's last good version stays in force)" : "", e.getMessage());
        }
    }

    private String where() {
        return context.recordMetadata().map(m -> m.topic() + "-" + m.partition() + "@" + m.offset()).orElse("?");
    }
}
