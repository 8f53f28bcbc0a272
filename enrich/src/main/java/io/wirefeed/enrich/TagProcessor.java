package io.wirefeed.enrich;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.wirefeed.enrich.tagging.Tagger;
import io.wirefeed.model.EnrichedStory;
import io.wirefeed.model.RoutingHeaders;
import io.wirefeed.model.WireMetrics;
import io.wirefeed.model.WireStory;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Tags a story, timing the tagger ({@code wirefeed_tagging_seconds}) and measuring how long after ingest
 * published it the story was tagged ({@code wirefeed_enrich_delay_seconds}, from the record timestamp). The
 * record timestamp is also the tagger's day for a story that carries no time of its own.
 * The enriched record carries the story's regions and focus in headers ({@link RoutingHeaders}) as well, so
 * that the sink routes it without parsing it.
 */
final class TagProcessor implements FixedKeyProcessor<String, WireStory, EnrichedStory> {
    private final Tagger tagger;
    private final Counter enriched;
    private final Timer tagging;
    private final Timer delay;
    private FixedKeyProcessorContext<String, EnrichedStory> context;

    TagProcessor(Tagger tagger, WireMetrics meters) {
        this.tagger = tagger;
        this.enriched = meters.stories(WireMetrics.STAGE_ENRICH, "enriched");
        this.tagging = meters.tagging();
        this.delay = meters.enrichDelay();
    }

    @Override
    public void init(FixedKeyProcessorContext<String, EnrichedStory> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, WireStory> record) {
        WireStory story = record.value();
        if (story == null) {
            throw new IllegalArgumentException("empty record on the raw topic: no story to tag");
        }
        long t0 = System.nanoTime();
        EnrichedStory tagged = tagger.tag(story, Instant.ofEpochMilli(record.timestamp()));
        tagging.record(System.nanoTime() - t0, TimeUnit.NANOSECONDS);
        // a producer clock ahead of ours would give a negative delay: count it as none
        delay.record(Math.max(0, context.currentSystemTimeMs() - record.timestamp()), TimeUnit.MILLISECONDS);
        enriched.increment();
        Headers headers = new RecordHeaders(record.headers().toArray());
        RoutingHeaders.write(headers, tagged);
        context.forward(record.withValue(tagged).withHeaders(headers));
    }
}
