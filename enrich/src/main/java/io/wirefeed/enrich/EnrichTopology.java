package io.wirefeed.enrich;

import io.wirefeed.enrich.tagging.Tagger;
import io.wirefeed.model.EnrichedStory;
import io.wirefeed.model.Topics;
import io.wirefeed.model.WireStory;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;

/**
 * The enrich stage: {@code wire.raw} (story id → {@link WireStory}) to {@code wire.enriched} (story id →
 * {@link EnrichedStory}). Each version of a story is tagged once, however many copies of it reach
 * {@code wire.raw} ({@link DuplicateFilter}, changelogged state store {@code seen-stories}); the filter can be left
 * out (then every record is tagged, and exactly-once processing alone keeps the output free of duplicates). A record that cannot be read or tagged fails its processor, and the error policy
 * of the Streams configuration (see the app's {@code StreamsProperties}) sends it to {@code wire.dlq} with
 * the exception in headers. Counts and timings go to Micrometer's global registry ({@link TagProcessor},
 * {@link DuplicateFilter}).
 */
public final class EnrichTopology {
    public static final String SOURCE = "raw-source";
    public static final String DEDUPE = "drop-duplicates";
    public static final String TAG = "tag";
    /** How long a story version is remembered (in record time) to suppress its copies. */
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(7);
    public static final String SINK = "enriched-sink";

    private EnrichTopology() {}

    public static Topology build(Topics topics, Tagger tagger) {
        return build(topics, tagger, DEFAULT_RETENTION);
    }

    public static Topology build(Topics topics, Tagger tagger, Duration dedupeRetention) {
        return build(topics, tagger, true, dedupeRetention);
    }

    /**
     * @param dedupe          whether copies of a story version already tagged are dropped ({@link DuplicateFilter});
     *                        off, every record of {@code wire.raw} is tagged (the kill test runs so, to see replays)
     * @param dedupeRetention how long a story version is remembered, in record time
     */
    public static Topology build(Topics topics, Tagger tagger, boolean dedupe, Duration dedupeRetention) {
        var raw = topics.raw();
        var enriched = topics.enriched();
        StreamsBuilder builder = new StreamsBuilder();
        KStream<String, WireStory> stories =
                builder.stream(raw.name(), Consumed.with(raw.keySerde(), raw.valueSerde()).withName(SOURCE));
        if (dedupe) {
            builder.addStateStore(Stores.timestampedKeyValueStoreBuilder(
                    Stores.persistentTimestampedKeyValueStore(DuplicateFilter.STORE), Serdes.String(), Serdes.String()));
            stories = stories.processValues(() -> new DuplicateFilter(dedupeRetention), Named.as(DEDUPE), DuplicateFilter.STORE);
        }
        stories.processValues(() -> new TagProcessor(tagger), Named.as(TAG))
                .to(enriched.name(), Produced.with(enriched.keySerde(), enriched.valueSerde()).withName(SINK));
        return builder.build();
    }
}
