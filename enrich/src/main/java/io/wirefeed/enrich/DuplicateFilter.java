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
 * Lets each version of a story through once, wherever it came from. This is the pipeline's once-per-story
 * authority: {@code wire.raw} is keyed by story id, so every copy of a story (sent again by one ingest, or by
 * two ingest instances that both received it) meets the same task and the same entry of the changelogged
 * store {@link #STORE} (story id → highest version seen and the digest of its content, at the record time).
 * <ul>
 *   <li>a version lower than the one remembered is stale: not tagged ({@code outcome="stale"});</li>
 *   <li>the same version with the same content is a duplicate: not tagged ({@code outcome="duplicate"});</li>
 *   <li>a higher version, or the same version with a corrected text, is tagged and remembered.</li>
 * </ul>
 * Entries whose record time is older than the retention, measured against stream time (the highest record
 * time seen by the task, not the wall clock), are swept by a stream-time punctuation, so the state stays
 * bounded by the stories of one retention window and a replay of old input sweeps as the original run did.
 */
final class DuplicateFilter implements FixedKeyProcessor<String, WireStory, WireStory> {
    static final String STORE = "seen-stories";
    private static final Duration SWEEP = Duration.ofMinutes(10);

    private final Duration retention;
    private final Counter duplicates;
    private final Counter stale;
    private FixedKeyProcessorContext<String, WireStory> context;
    private TimestampedKeyValueStore<String, String> seen;

    DuplicateFilter(Duration retention, WireMetrics meters) {
        this.retention = retention;
        this.duplicates = meters.stories(WireMetrics.STAGE_ENRICH, "duplicate");
        this.stale = meters.stories(WireMetrics.STAGE_ENRICH, "stale");
    }

    @Override
    public void init(FixedKeyProcessorContext<String, WireStory> context) {
        this.context = context;
        this.seen = context.getStateStore(STORE);
        context.schedule(SWEEP.compareTo(retention) < 0 ? SWEEP : retention, PunctuationType.STREAM_TIME, this::expire);
    }

    @Override
    public void process(FixedKeyRecord<String, WireStory> record) {
        WireStory story = record.value();
        if (story == null || record.key() == null) {
            throw new IllegalArgumentException("empty record on the raw topic: no story to tag");
        }
        Seen now = new Seen(story.version(), digest(story));
        ValueAndTimestamp<String> stored = seen.get(record.key());
        if (stored != null) {
            Seen before = Seen.parse(stored.value());
            if (now.version < before.version) {
                stale.increment();
                return; // a later version was tagged already
            }
            if (now.digest.equals(before.digest)) {
                duplicates.increment();
                return; // the same story again: tagged already
            }
        }
        seen.put(record.key(), ValueAndTimestamp.make(now.format(), record.timestamp()));
        context.forward(record);
    }

    private void expire(long streamTime) {
        long oldest = streamTime - retention.toMillis();
        try (KeyValueIterator<String, ValueAndTimestamp<String>> all = seen.all()) {
            while (all.hasNext()) {
                KeyValue<String, ValueAndTimestamp<String>> e = all.next();
                if (e.value.timestamp() < oldest) {
                    seen.delete(e.key);
                }
            }
        }
    }

    /**
     * What the store holds per story id, written {@code <version> <digest>}. An entry written before versions
     * were stored is a bare digest (which covers the version too): read as version 0, so only its digest counts.
     */
    private record Seen(int version, String digest) {
        static Seen parse(String s) {
            int space = s.indexOf(' ');
            return space < 0 ? new Seen(0, s) : new Seen(Integer.parseInt(s.substring(0, space)), s.substring(space + 1));
        }

        String format() {
            return version + " " + digest;
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
