package io.wirefeed.monitor;

import io.wirefeed.model.Alert;
import io.wirefeed.model.EnrichedStory;
import io.wirefeed.model.JsonSerde;
import io.wirefeed.model.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KGroupedStream;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

/**
 * The monitor stage. From {@code wire.enriched}: story counts per subject (country, region, actor,
 * provider, all) in 15-minute, hourly and daily windows; the actors of each region per window (top
 * actors, {@link RegionActorCounter}); the last stories per subject; spike alerts to {@code wire.alerts}. From {@code wire.alerts}: the
 * last alerts. Every store is named so the query API can read it on whichever instance holds a key.
 */
public final class MonitorTopology {
    public static final String RECENT_STORIES = RecentStories.STORE;
    public static final String RECENT_ALERTS = "recent-alerts";
    /** The one key of {@link #RECENT_ALERTS}: every alert in one list, on one instance. */
    public static final String ALERTS_KEY = "alerts";
    /** The key of {@code region-actors-*} that counts actors across every region. */
    public static final String ALL_REGIONS = "all";

    /** A story counted under one subject. */
    public record Counted(Subject subject, StorySummary story) {}

    /** The actors of one story, sent to the instance of one of its regions. */
    record RegionActors(String region, List<Subject> actors) {}

    private static final Serde<Counted> COUNTED = new JsonSerde<>(Counted.class);
    private static final Serde<RegionActors> REGION_ACTORS = new JsonSerde<>(RegionActors.class);
    private static final Serde<StorySummary> SUMMARY = new JsonSerde<>(StorySummary.class);
    private static final Serde<RecentAlerts> RECENT_ALERTS_SERDE = new JsonSerde<>(RecentAlerts.class);

    private MonitorTopology() {}

    public static Topology build(Topics topics, double spikeFactor, int spikeMinStories) {
        var enriched = topics.enriched();
        var alerts = topics.alerts();
        StreamsBuilder builder = new StreamsBuilder();
        KStream<String, EnrichedStory> stories = builder.stream(enriched.name(),
                Consumed.with(enriched.keySerde(), enriched.valueSerde()).withName("enriched-source"));

        // every subject a story counts under, partitioned by subject so each count lives on one instance
        KStream<String, Counted> bySubject = stories
                .flatMap((id, story) -> story == null ? List.<KeyValue<String, Counted>>of()
                        : Subject.of(story).stream().map(s -> KeyValue.pair(s.key(), new Counted(s, StorySummary.of(story)))).toList(),
                        Named.as("subjects-of-story"))
                .repartition(Repartitioned.with(Serdes.String(), COUNTED).withName("by-subject"));
        KGroupedStream<String, Counted> perSubject = bySubject.groupByKey(Grouped.with(Serdes.String(), COUNTED));
        for (CoverageWindow w : CoverageWindow.values()) {
            perSubject.windowedBy(TimeWindows.ofSizeAndGrace(w.size, CoverageWindow.GRACE))
                    .count(Named.as("count-" + w.label), Materialized.<String, Long, WindowStore<Bytes, byte[]>>as(w.coverageStore())
                            .withKeySerde(Serdes.String()).withValueSerde(Serdes.Long()).withRetention(w.retention));
        }
        builder.addStateStore(Stores.windowStoreBuilder(Stores.persistentWindowStore(RecentStories.STORE, RecentStories.RETENTION,
                Duration.ofMillis(1), true), Serdes.String(), SUMMARY));
        bySubject.process(RecentStories::new, Named.as("keep-recent-stories"), RecentStories.STORE);

        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SpikeDetector.STORE),
                Serdes.String(), SpikeDetector.STATE_SERDE).withCachingEnabled());
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SpikeDetector.SINCE_STORE),
                Serdes.String(), Serdes.Long()).withCachingEnabled());
        bySubject.process(() -> new SpikeDetector(spikeFactor, spikeMinStories), Named.as("detect-spikes"),
                        SpikeDetector.STORE, SpikeDetector.SINCE_STORE)
                .to(alerts.name(), Produced.with(alerts.keySerde(), alerts.valueSerde()).withName("spike-alerts-sink"));

        // the actors of each region (and of all regions), partitioned by region: top actors are one range read
        for (CoverageWindow w : CoverageWindow.values()) {
            builder.addStateStore(Stores.windowStoreBuilder(Stores.persistentWindowStore(w.regionActorsStore(), w.retention,
                    w.size, false), Serdes.String(), Serdes.Long()).withCachingEnabled());
        }
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(RegionActorCounter.NAMES),
                Serdes.String(), Serdes.String()).withCachingEnabled());
        stories.flatMap((id, story) -> story == null ? List.<KeyValue<String, RegionActors>>of() : regionActors(story),
                        Named.as("actors-by-region"))
                .repartition(Repartitioned.with(Serdes.String(), REGION_ACTORS).withName("by-region"))
                .process(RegionActorCounter::new, Named.as("count-region-actors"), CoverageWindow.M15.regionActorsStore(),
                        CoverageWindow.H1.regionActorsStore(), CoverageWindow.D1.regionActorsStore(), RegionActorCounter.NAMES);

        // every alert (watch-list and spike) in one newest-first list
        builder.stream(alerts.name(), Consumed.with(alerts.keySerde(), alerts.valueSerde()).withName("alerts-source"))
                .filter((rule, alert) -> alert != null, Named.as("drop-empty-alerts"))
                .groupBy((rule, alert) -> ALERTS_KEY, Grouped.with("all-alerts", Serdes.String(), alerts.valueSerde()))
                .aggregate(() -> new RecentAlerts(List.of()), (key, alert, recent) -> recent.add(alert), Named.as("keep-recent-alerts"),
                        Materialized.<String, RecentAlerts, KeyValueStore<Bytes, byte[]>>as(RECENT_ALERTS)
                                .withKeySerde(Serdes.String()).withValueSerde(RECENT_ALERTS_SERDE));
        return builder.build();
    }

    private static List<KeyValue<String, RegionActors>> regionActors(EnrichedStory story) {
        List<Subject> actors = Subject.actors(story);
        if (actors.isEmpty()) {
            return List.of();
        }
        List<KeyValue<String, RegionActors>> out = new ArrayList<>();
        for (String region : story.regions() == null ? List.<String>of() : story.regions()) {
            out.add(KeyValue.pair(region, new RegionActors(region, actors)));
        }
        out.add(KeyValue.pair(ALL_REGIONS, new RegionActors(ALL_REGIONS, actors)));
        return out;
    }
}
