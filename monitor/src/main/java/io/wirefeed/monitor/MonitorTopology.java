package io.wirefeed.monitor;

import io.wirefeed.model.Alert;
import io.wirefeed.model.EnrichedStory;
import io.wirefeed.model.JsonSerde;
import io.wirefeed.model.Topics;
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
 * actors); the last stories per subject; spike alerts to {@code wire.alerts}. From {@code wire.alerts}: the
 * last alerts. Every store is named so the query API can read it on whichever instance holds a key.
 */
public final class MonitorTopology {
    public static final String RECENT_STORIES = "recent-stories";
    public static final String RECENT_ALERTS = "recent-alerts";
    /** The one key of {@link #RECENT_ALERTS}: every alert in one list, on one instance. */
    public static final String ALERTS_KEY = "alerts";
    /** The key of {@code region-actors-*} that counts actors across every region. */
    public static final String ALL_REGIONS = "all";

    /** A story counted under one subject. */
    public record Counted(Subject subject, StorySummary story) {}

    /** An actor named in a story of one region. */
    record RegionActor(String region, Subject actor) {}

    private static final Serde<Counted> COUNTED = new JsonSerde<>(Counted.class);
    private static final Serde<RegionActor> REGION_ACTOR = new JsonSerde<>(RegionActor.class);
    private static final Serde<ActorCounts> ACTOR_COUNTS = new JsonSerde<>(ActorCounts.class);
    private static final Serde<Recent.Stories> RECENT_STORIES_SERDE = new JsonSerde<>(Recent.Stories.class);
    private static final Serde<Recent.Alerts> RECENT_ALERTS_SERDE = new JsonSerde<>(Recent.Alerts.class);
    private static final Serde<SpikeDetector.State> SPIKE_STATE = new JsonSerde<>(SpikeDetector.State.class);

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
        perSubject.aggregate(() -> new Recent.Stories(List.of()), (subject, counted, recent) -> recent.add(counted.story()),
                Named.as("keep-recent-stories"), Materialized.<String, Recent.Stories, KeyValueStore<Bytes, byte[]>>as(RECENT_STORIES)
                        .withKeySerde(Serdes.String()).withValueSerde(RECENT_STORIES_SERDE));

        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SpikeDetector.STORE),
                Serdes.String(), SPIKE_STATE));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SpikeDetector.SINCE_STORE),
                Serdes.String(), Serdes.Long()));
        bySubject.process(() -> new SpikeDetector(spikeFactor, spikeMinStories), Named.as("detect-spikes"),
                        SpikeDetector.STORE, SpikeDetector.SINCE_STORE)
                .to(alerts.name(), Produced.with(alerts.keySerde(), alerts.valueSerde()).withName("spike-alerts-sink"));

        // the actors of each region (and of all regions), partitioned by region: top actors are one lookup
        KGroupedStream<String, RegionActor> perRegion = stories
                .flatMap((id, story) -> story == null ? List.<KeyValue<String, RegionActor>>of() : regionActors(story),
                        Named.as("actors-by-region"))
                .groupByKey(Grouped.with("by-region", Serdes.String(), REGION_ACTOR));
        for (CoverageWindow w : CoverageWindow.values()) {
            perRegion.windowedBy(TimeWindows.ofSizeAndGrace(w.size, CoverageWindow.GRACE))
                    .aggregate(ActorCounts::empty, (region, ra, counts) -> counts.add(ra.actor()), Named.as("count-actors-" + w.label),
                            Materialized.<String, ActorCounts, WindowStore<Bytes, byte[]>>as(w.regionActorsStore())
                                    .withKeySerde(Serdes.String()).withValueSerde(ACTOR_COUNTS).withRetention(w.retention));
        }

        // every alert (watch-list and spike) in one newest-first list
        builder.stream(alerts.name(), Consumed.with(alerts.keySerde(), alerts.valueSerde()).withName("alerts-source"))
                .filter((rule, alert) -> alert != null, Named.as("drop-empty-alerts"))
                .groupBy((rule, alert) -> ALERTS_KEY, Grouped.with("all-alerts", Serdes.String(), alerts.valueSerde()))
                .aggregate(() -> new Recent.Alerts(List.of()), (key, alert, recent) -> recent.add(alert), Named.as("keep-recent-alerts"),
                        Materialized.<String, Recent.Alerts, KeyValueStore<Bytes, byte[]>>as(RECENT_ALERTS)
                                .withKeySerde(Serdes.String()).withValueSerde(RECENT_ALERTS_SERDE));
        return builder.build();
    }

    private static List<KeyValue<String, RegionActor>> regionActors(EnrichedStory story) {
        List<Subject> actors = Subject.actors(story);
        List<KeyValue<String, RegionActor>> out = new ArrayList<>();
        List<String> regions = new ArrayList<>(story.regions() == null ? List.of() : story.regions());
        regions.add(ALL_REGIONS);
        for (String region : regions) {
            for (Subject a : actors) {
                out.add(KeyValue.pair(region, new RegionActor(region, a)));
            }
        }
        return out;
    }
}
