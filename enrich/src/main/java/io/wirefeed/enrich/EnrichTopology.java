package io.wirefeed.enrich;

import io.micrometer.core.instrument.MeterRegistry;
import io.wirefeed.enrich.tagging.Tagger;
import io.wirefeed.model.EnrichedStory;
import io.wirefeed.model.Topics;
import io.wirefeed.model.WireMetrics;
import io.wirefeed.model.WireStory;
import io.wirefeed.model.ninjs.NinjsVersion;
import io.wirefeed.model.ninjs.NinjsView;
import java.time.Duration;
import java.util.Optional;
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
 * the exception in headers. Unless turned off, each enriched story is also written as an IPTC ninjs document
 * ({@link NinjsView}) to {@code wire.enriched.ninjs}, same key, in the same exactly-once transaction: the
 * record is at hand as an object here, so the view costs one serialisation and no parse. Counts and timings go
 * to the registry passed in ({@link TagProcessor}, {@link DuplicateFilter}).
 */
public final class EnrichTopology {
    public static final String SOURCE = "raw-source";
    public static final String DEDUPE = "drop-duplicates";
    public static final String TAG = "tag";
    /** How long a story version is remembered (in record time) to suppress its copies. */
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(7);
    public static final String SINK = "enriched-sink";
    public static final String NINJS = "ninjs-view";
    public static final String NINJS_SINK = "enriched-ninjs-sink";
    /** ninjs is written unless configured off. */
    public static final NinjsVersion DEFAULT_NINJS = NinjsVersion.V2_1;

    private EnrichTopology() {}

    public static Topology build(Topics topics, Tagger tagger, MeterRegistry registry) {
        return build(topics, tagger, registry, DEFAULT_RETENTION);
    }

    public static Topology build(Topics topics, Tagger tagger, MeterRegistry registry, Duration dedupeRetention) {
        return build(topics, tagger, registry, true, dedupeRetention);
    }

    public static Topology build(Topics topics, Tagger tagger, MeterRegistry registry, boolean dedupe,
            Duration dedupeRetention) {
        return build(topics, tagger, registry, dedupe, dedupeRetention, Optional.of(DEFAULT_NINJS));
    }

    /**
     * @param registry        where the stage's counts and timings go
     * @param dedupe          whether copies of a story version already tagged are dropped ({@link DuplicateFilter});
     *                        off, every record of {@code wire.raw} is tagged (the kill test runs so, to see replays)
     * @param dedupeRetention how long a story version is remembered, in record time
     * @param ninjs           the version of the ninjs view written to {@code wire.enriched.ninjs}; empty: none
     */
    public static Topology build(Topics topics, Tagger tagger, MeterRegistry registry, boolean dedupe,
            Duration dedupeRetention, Optional<NinjsVersion> ninjs) {
        WireMetrics meters = new WireMetrics(registry);
        var raw = topics.raw();
        var enriched = topics.enriched();
        StreamsBuilder builder = new StreamsBuilder();
        KStream<String, WireStory> stories =
                builder.stream(raw.name(), Consumed.with(raw.keySerde(), raw.valueSerde()).withName(SOURCE));
        if (dedupe) {
            builder.addStateStore(Stores.timestampedKeyValueStoreBuilder(
                    Stores.persistentTimestampedKeyValueStore(DuplicateFilter.STORE), Serdes.String(), Serdes.String()));
            stories = stories.processValues(() -> new DuplicateFilter(dedupeRetention, meters), Named.as(DEDUPE), DuplicateFilter.STORE);
        }
        KStream<String, EnrichedStory> tagged = stories.processValues(() -> new TagProcessor(tagger, meters), Named.as(TAG));
        tagged.to(enriched.name(), Produced.with(enriched.keySerde(), enriched.valueSerde()).withName(SINK));
        ninjs.ifPresent(version -> {
            NinjsView view = new NinjsView(version, tagger.subjectNames());
            var topic = topics.enrichedNinjs(version);
            tagged.mapValues(view::document, Named.as(NINJS))
                    .to(topic.name(), Produced.with(topic.keySerde(), topic.valueSerde()).withName(NINJS_SINK));
        });
        return builder.build();
    }
}
