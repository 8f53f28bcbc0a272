package io.wirefeed.app;

import io.wirefeed.model.EnrichedStory;
import io.wirefeed.model.Topics;
import io.wirefeed.model.WireStory;
import java.util.List;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The benchmark's baseline: the enrich topology's topics, serdes and guarantees, without tagging. What it
 * moves per second is the limit Kafka and the record format set on this machine.
 */
final class PassThroughTopology {
    private PassThroughTopology() {}

    static Topology build(Topics topics) {
        var raw = topics.raw();
        var enriched = topics.enriched();
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(raw.name(), Consumed.with(raw.keySerde(), raw.valueSerde()).withName("raw-source"))
                .mapValues(PassThroughTopology::untagged, Named.as("pass-through"))
                .to(enriched.name(), Produced.with(enriched.keySerde(), enriched.valueSerde()).withName("enriched-sink"));
        return builder.build();
    }

    private static EnrichedStory untagged(WireStory s) {
        return new EnrichedStory(s.id(), s.version(), s.headline(), s.bodyText(), s.language(), s.provider(), s.format(),
                s.dateline(), s.versionCreated(), s.receivedAt(), List.of(), List.of(),
                new EnrichedStory.Focus(List.of(), List.of()), List.of(), List.of(), List.of(), List.of(),
                new EnrichedStory.TaggerInfo("pass-through", "none"));
    }
}
