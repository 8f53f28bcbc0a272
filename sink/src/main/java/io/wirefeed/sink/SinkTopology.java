package io.wirefeed.sink;

import io.wirefeed.model.EnrichedStory;
import io.wirefeed.model.JsonSerde;
import io.wirefeed.sink.watch.RulesInForce;
import io.wirefeed.sink.watch.WatchList;
import io.wirefeed.sink.watch.WatchRule;
import java.util.function.Supplier;
import org.apache.kafka.streams.kstream.KStream;
import io.wirefeed.model.Topics;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;

/**
 * The sink stage: every record of {@code wire.enriched} goes to {@code wire.region.<slug>} for each slug
 * in its {@code regions} (region topics are created the first time a slug is seen), and to
 * {@code wire.alerts} once for every watch-list rule it matches (key = rule id). The rules are the rules
 * file's and those of the compacted topic {@code wire.watchlists}, which every instance keeps in the global
 * store {@value #RULES_STORE} ({@link RulesInForce}: the topic's version wins on a shared id).
 */
public final class SinkTopology {
    public static final String SOURCE = "enriched-source";
    public static final String ROUTE = "route-by-region";
    public static final String SINK = "region-sink";
    public static final String WATCH = "match-watch-lists";
    public static final String ALERTS = "alerts-sink";
    /** Reads wire.watchlists into the store; its source is named {@code update-watch-rules-source}. */
    public static final String UPDATE_RULES = "update-watch-rules";
    public static final String RULES_STORE = "watch-rules";
    private static final Serde<WatchRule> RULE = new JsonSerde<>(WatchRule.class);

    /** A story on its way to one region topic. */
    record Routed(String topic, EnrichedStory story) {}

    private SinkTopology() {}

    /**
     * @param ensureTopic creates a region topic if it does not exist yet (a {@code TopicProvisioner} in production)
     */
    public static Topology build(Topics topics, Consumer<String> ensureTopic) {
        return build(topics, ensureTopic, WatchList::empty);
    }

    /**
     * @param watchList the rules of the file, asked for each story (a reloading file in production); the rules
     *                  of {@code wire.watchlists} are added to them
     */
    public static Topology build(Topics topics, Consumer<String> ensureTopic, Supplier<WatchList> watchList) {
        var enriched = topics.enriched();
        var alerts = topics.alerts();
        var watchlists = topics.watchlists();
        StreamsBuilder builder = new StreamsBuilder();
        // in memory, rebuilt at every start by running the updater over the (small, compacted) topic: addGlobalStore
        // reprocesses on restore, unlike globalTable, so an invalid record is skipped then too, never copied in
        builder.addGlobalStore(
                Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(RULES_STORE), Serdes.String(), RULE).withLoggingDisabled(),
                watchlists.name(), Consumed.with(watchlists.keySerde(), watchlists.valueSerde()).withName(UPDATE_RULES),
                WatchRuleUpdater::new);
        KStream<String, EnrichedStory> stories =
                builder.stream(enriched.name(), Consumed.with(enriched.keySerde(), enriched.valueSerde()).withName(SOURCE));
        stories.flatMap((id, story) -> route(topics, ensureTopic, id, story), Named.as(ROUTE))
                .to((id, routed, context) -> routed.topic(),
                        Produced.with(Serdes.String(), storyOnly(enriched.valueSerde())).withName(SINK));
        RulesInForce rules = new RulesInForce(watchList);
        stories.process(() -> new WatchListMatcher(rules), Named.as(WATCH))
                .to(alerts.name(), Produced.with(alerts.keySerde(), alerts.valueSerde()).withName(ALERTS));
        return builder.build();
    }

    private static List<KeyValue<String, Routed>> route(Topics topics, Consumer<String> ensureTopic, String id,
            EnrichedStory story) {
        if (story == null) {
            return List.of();
        }
        if (story.regions() == null || story.regions().isEmpty()) {
            SinkMetrics.UNROUTED.increment();
            return List.of();
        }
        SinkMetrics.ROUTED.increment();
        return story.regions().stream().map(slug -> {
            String topic = topics.region(slug).name();
            ensureTopic.accept(topic);
            return KeyValue.pair(id, new Routed(topic, story));
        }).toList();
    }

    /** Writes the story of a routed record with the enriched-record serde: region topics carry the same record. */
    private static Serde<Routed> storyOnly(Serde<EnrichedStory> storySerde) {
        Serializer<Routed> ser = new Serializer<>() {
            @Override
            public byte[] serialize(String topic, Routed routed) {
                return routed == null ? null : storySerde.serializer().serialize(topic, routed.story());
            }

            @Override
            public void configure(Map<String, ?> configs, boolean isKey) {
                // nothing to configure
            }
        };
        return Serdes.serdeFrom(ser, (topic, bytes) -> {
            throw new UnsupportedOperationException("routed records are only written");
        });
    }
}
