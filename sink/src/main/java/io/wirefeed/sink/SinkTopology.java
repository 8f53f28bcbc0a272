package io.wirefeed.sink;

import io.wirefeed.model.EnrichedStory;
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

/**
 * The sink stage: every record of {@code wire.enriched} goes to {@code wire.region.<slug>} for each slug
 * in its {@code regions}. Region topics are created the first time a slug is seen, with the configured
 * partition count and replication factor.
 */
public final class SinkTopology {
    public static final String SOURCE = "enriched-source";
    public static final String ROUTE = "route-by-region";
    public static final String SINK = "region-sink";

    /** A story on its way to one region topic. */
    record Routed(String topic, EnrichedStory story) {}

    private SinkTopology() {}

    /**
     * @param ensureTopic creates a region topic if it does not exist yet (a {@code TopicProvisioner} in production)
     */
    public static Topology build(Topics topics, Consumer<String> ensureTopic) {
        var enriched = topics.enriched();
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(enriched.name(), Consumed.with(enriched.keySerde(), enriched.valueSerde()).withName(SOURCE))
                .flatMap((id, story) -> route(topics, ensureTopic, id, story), Named.as(ROUTE))
                .to((id, routed, context) -> routed.topic(),
                        Produced.with(Serdes.String(), storyOnly(enriched.valueSerde())).withName(SINK));
        return builder.build();
    }

    private static List<KeyValue<String, Routed>> route(Topics topics, Consumer<String> ensureTopic, String id,
            EnrichedStory story) {
        if (story == null || story.regions() == null) {
            return List.of();
        }
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
