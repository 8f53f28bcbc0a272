package io.wirefeed.enrich;

import io.wirefeed.enrich.tagging.Tagger;
import io.wirefeed.model.EnrichedStory;
import io.wirefeed.model.Topics;
import io.wirefeed.model.WireStory;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The enrich stage: {@code wire.raw} (story id → {@link WireStory}) to {@code wire.enriched} (story id →
 * {@link EnrichedStory}). A record that cannot be read or tagged fails its processor, and the error
 * policy of the Streams configuration (see the app's {@code StreamsProperties}) sends it to
 * {@code wire.dlq} with the exception in headers.
 */
public final class EnrichTopology {
    public static final String SOURCE = "raw-source";
    public static final String TAG = "tag";
    public static final String SINK = "enriched-sink";

    private EnrichTopology() {}

    public static Topology build(Topics topics, Tagger tagger) {
        var raw = topics.raw();
        var enriched = topics.enriched();
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(raw.name(), Consumed.with(raw.keySerde(), raw.valueSerde()).withName(SOURCE))
                .mapValues(story -> tag(tagger, story), Named.as(TAG))
                .to(enriched.name(), Produced.with(enriched.keySerde(), enriched.valueSerde()).withName(SINK));
        return builder.build();
    }

    private static EnrichedStory tag(Tagger tagger, WireStory story) {
        if (story == null) {
            throw new IllegalArgumentException("empty record on the raw topic: no story to tag");
        }
        return tagger.tag(story);
    }
}
