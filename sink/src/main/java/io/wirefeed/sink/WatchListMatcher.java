package io.wirefeed.sink;

import io.wirefeed.model.Alert;
import io.wirefeed.model.EnrichedStory;
import io.wirefeed.sink.watch.RulesInForce;
import io.wirefeed.sink.watch.WatchList;
import io.wirefeed.sink.watch.WatchRule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Matches each story against the rules in force (the rules file's and the topic's, from the global store
 * {@value SinkTopology#RULES_STORE}) and forwards one alert per matching rule, keyed by the rule id, stamped
 * with the story's record time (when ingest published it), so that a replay gives the same alerts. A story is
 * parsed only when there are rules, and then without its text ({@link SlimStory}).
 */
final class WatchListMatcher implements Processor<String, byte[], String, Alert> {
    private final RulesInForce rulesInForce;
    private final SinkMetrics metrics;
    private ProcessorContext<String, Alert> context;
    private KeyValueStore<String, WatchRule> topicRules;

    WatchListMatcher(RulesInForce rulesInForce, SinkMetrics metrics) {
        this.rulesInForce = rulesInForce;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        this.topicRules = context.getStateStore(SinkTopology.RULES_STORE);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        if (record.value() == null) {
            return;
        }
        // read per story: the global thread updates the store while this one runs (a few rules, in memory)
        List<WatchRule> fromTopic = new ArrayList<>();
        try (KeyValueIterator<String, WatchRule> all = topicRules.all()) {
            all.forEachRemaining(kv -> fromTopic.add(kv.value));
        }
        WatchList rules = rulesInForce.with(fromTopic);
        if (rules.rules().isEmpty()) {
            return;
        }
        EnrichedStory story = SlimStory.read(record.value());
        for (Alert alert : rules.alerts(story, Instant.ofEpochMilli(record.timestamp()))) {
            metrics.alert(alert.rule());
            context.forward(record.withKey(alert.rule()).withValue(alert));
        }
    }
}
