package io.wirefeed.sink;

import io.micrometer.core.instrument.MeterRegistry;
import io.wirefeed.model.JsonSerde;
import io.wirefeed.sink.watch.RulesInForce;
import io.wirefeed.sink.watch.WatchList;
import io.wirefeed.sink.watch.WatchRule;
import java.util.function.Supplier;
import org.apache.kafka.streams.kstream.KStream;
import io.wirefeed.model.Topics;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;

/**
 * The sink stage: every record of {@code wire.enriched} goes, its bytes untouched, to
 * {@code wire.region.<slug>} for each region it is routed to ({@link RegionRouter}: by default the regions the
 * story is about, read from the record's headers), and to {@code wire.alerts} once for every watch-list rule it
 * matches (key = rule id). The region topics exist before the sink starts (the app creates them from the
 * knowledge base's regions). The rules are the rules file's and those of the compacted topic
 * {@code wire.watchlists}, which every instance keeps in the global store {@value #RULES_STORE}
 * ({@link RulesInForce}: the topic's version wins on a shared id).
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

    private SinkTopology() {}

    public static Topology build(Topics topics, RegionRouting routing, MeterRegistry registry) {
        return build(topics, routing, WatchList::empty, registry);
    }

    /**
     * @param routing   the region topics to fill (they must exist) and by which of a story's regions
     * @param watchList the rules of the file, asked for each story (a reloading file in production); the rules
     *                  of {@code wire.watchlists} are added to them
     * @param registry  where the stage counts routed stories and alerts
     */
    public static Topology build(Topics topics, RegionRouting routing, Supplier<WatchList> watchList,
            MeterRegistry registry) {
        SinkMetrics metrics = new SinkMetrics(registry);
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
        // the stories stay bytes: routing reads headers, and a region topic gets the record as enrich wrote it
        KStream<String, byte[]> stories =
                builder.stream(enriched.name(), Consumed.with(enriched.keySerde(), Serdes.ByteArray()).withName(SOURCE));
        stories.process(() -> new RegionRouter(topics, routing, metrics), Named.as(ROUTE))
                .to((id, routed, context) -> routed.topic(), Produced.with(Serdes.String(), ROUTED).withName(SINK));
        RulesInForce rules = new RulesInForce(watchList);
        stories.process(() -> new WatchListMatcher(rules, metrics), Named.as(WATCH))
                .to(alerts.name(), Produced.with(alerts.keySerde(), alerts.valueSerde()).withName(ALERTS));
        return builder.build();
    }

    /** Writes a routed record's story bytes as they came. */
    private static final Serde<RegionRouter.Routed> ROUTED = Serdes.serdeFrom(
            (topic, routed) -> routed == null ? null : routed.story(),
            (topic, bytes) -> {
                throw new UnsupportedOperationException("routed records are only written");
            });
}
