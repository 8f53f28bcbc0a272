package io.wirefeed.enrich;

import io.micrometer.core.instrument.Counter;
import io.wirefeed.model.WireMetrics;
import io.wirefeed.model.WireStory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Lets a story through once per content: the same story sent again (same id, version, headline and body)
 * is not tagged twice; a new version or a corrected text is. What it has seen lives in the state store
 * {@link #STORE} (story id → digest, when seen), entries older than the retention are removed by a
 * wall-clock punctuation, so the state stays bounded by the stories of one retention window.
 */
final class DuplicateFilter implements FixedKeyProcessor<String, WireStory, WireStory> {
    static final String STORE = "seen-stories";
    private static final Duration SWEEP = Duration.ofMinutes(10);
    private static final Counter DUPLICATES = WireMetrics.stories(WireMetrics.STAGE_ENRICH, "duplicate");

    private final Duration retention;
    private FixedKeyProcessorContext<String, WireStory> context;
    private TimestampedKeyValueStore<String, String> seen;

    DuplicateFilter(Duration retention) {
        this.retention = retention;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, WireStory> context) {
        this.context = context;
        this.seen = context.getStateStore(STORE);
        context.schedule(SWEEP.compareTo(retention) < 0 ? SWEEP : retention, PunctuationType.WALL_CLOCK_TIME, this::expire);
    }

    @Override
    public void process(FixedKeyRecord<String, WireStory> record) {
        WireStory story = record.value();
        if (story == null || record.key() == null) {
            throw new IllegalArgumentException("empty record on the raw topic: no story to tag");
        }
        String digest = digest(story);
        ValueAndTimestamp<String> before = seen.get(record.key());
        if (before != null && digest.equals(before.value())) {
            DUPLICATES.increment();
            return; // the same story again: tagged already
        }
        seen.put(record.key(), ValueAndTimestamp.make(digest, context.currentSystemTimeMs()));
        context.forward(record);
    }

    private void expire(long now) {
        long oldest = now - retention.toMillis();
        try (KeyValueIterator<String, ValueAndTimestamp<String>> all = seen.all()) {
            while (all.hasNext()) {
                KeyValue<String, ValueAndTimestamp<String>> e = all.next();
                if (e.value.timestamp() < oldest) {
                    seen.delete(e.key);
                }
            }
        }
    }

    static String digest(WireStory s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(Integer.toString(s.version()).getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(s.headline().getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(s.bodyText().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
