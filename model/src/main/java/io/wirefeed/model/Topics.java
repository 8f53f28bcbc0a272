package io.wirefeed.model;

import io.wirefeed.model.ninjs.NinjsDocument;
import io.wirefeed.model.ninjs.NinjsSerde;
import io.wirefeed.model.ninjs.NinjsVersion;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The topics of the pipeline, named once. Keys are story ids everywhere except {@code wire.alerts} and
 * {@code wire.watchlists} (rule ids).
 * Names can be prefixed per deployment through {@link #Topics(String)}.
 */
public final class Topics {
    public static final Serde<WireStory> WIRE_STORY = new JsonSerde<>(WireStory.class);
    public static final Serde<EnrichedStory> ENRICHED_STORY = new JsonSerde<>(EnrichedStory.class);
    public static final Serde<Alert> ALERT = new JsonSerde<>(Alert.class);
    /**
     * The largest record wirefeed writes (an enriched record carries the body and every mention): topics it
     * creates accept it ({@code max.message.bytes}) and its producers send it ({@code max.request.size}).
     */
    public static final int MAX_RECORD_BYTES = 16 * 1024 * 1024;

    private final String prefix;

    public Topics(String prefix) {
        this.prefix = prefix == null ? "" : prefix;
    }

    public static Topics defaults() {
        return new Topics("");
    }

    public TopicSpec<String, WireStory> raw() {
        return new TopicSpec<>(prefix + "wire.raw", Serdes.String(), WIRE_STORY);
    }

    public TopicSpec<String, EnrichedStory> enriched() {
        return new TopicSpec<>(prefix + "wire.enriched", Serdes.String(), ENRICHED_STORY);
    }

    /** The enriched stories as IPTC ninjs documents of one version ({@code io.wirefeed.model.ninjs}), keyed by story id. */
    public TopicSpec<String, NinjsDocument> enrichedNinjs(NinjsVersion version) {
        return new TopicSpec<>(prefix + "wire.enriched.ninjs", Serdes.String(), new NinjsSerde(version));
    }

    /** Dead letters keep the original bytes; the reason travels in headers ({@link DeadLetter}). */
    public TopicSpec<byte[], byte[]> dlq() {
        return new TopicSpec<>(prefix + "wire.dlq", Serdes.ByteArray(), Serdes.ByteArray());
    }

    /** Watch-list matches, keyed by rule id. */
    public TopicSpec<String, Alert> alerts() {
        return new TopicSpec<>(prefix + "wire.alerts", Serdes.String(), ALERT);
    }

    /**
     * Watch-list rules the sink reads besides its rules file, compacted: key = rule id, value = the rule as
     * JSON in the file's keys ({@code {"id":"vucic-kurti","actors_all":["Aleksandar Vučić"]}}), a tombstone
     * deletes the rule. The value is kept as text here; the sink parses and checks it.
     */
    public TopicSpec<String, String> watchlists() {
        return new TopicSpec<>(prefix + "wire.watchlists", Serdes.String(), Serdes.String());
    }

    public String regionPrefix() {
        return prefix + "wire.region.";
    }

    public TopicSpec<String, EnrichedStory> region(String slug) {
        return new TopicSpec<>(regionPrefix() + slug, Serdes.String(), ENRICHED_STORY);
    }
}
