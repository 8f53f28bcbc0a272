package io.wirefeed.monitor;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Keeps every story of the last {@link #RETENTION} under each of its subjects, in the time-ordered store
 * {@link #STORE} (a window store that keeps duplicates): a story is one small write per subject, never a
 * read-modify-write of a list, and the latest stories of a subject are one backward read.
 */
final class RecentStories implements Processor<String, MonitorTopology.Counted, Void, Void> {
    static final String STORE = "recent-stories";
    static final Duration RETENTION = Duration.ofDays(7);
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 200;

    private WindowStore<String, StorySummary> store;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(STORE);
    }

    @Override
    public void process(Record<String, MonitorTopology.Counted> record) {
        store.put(record.key(), record.value().story(), record.timestamp());
    }

    /** The latest stories of {@code subject}, newest first; of a story sent in several versions, the latest. */
    static List<StorySummary> latest(ReadOnlyWindowStore<String, StorySummary> store, String subject, long now, int limit) {
        int n = Math.max(0, Math.min(limit, MAX_LIMIT));
        List<StorySummary> out = new ArrayList<>(n);
        Set<String> seen = new HashSet<>();
        // stories stamped a little ahead of this clock are still the latest
        try (WindowStoreIterator<StorySummary> it = store.backwardFetch(subject, Instant.ofEpochMilli(now).minus(RETENTION),
                Instant.ofEpochMilli(now).plus(Duration.ofDays(1)))) {
            while (it.hasNext() && out.size() < n) {
                StorySummary s = it.next().value;
                if (seen.add(s.id())) {
                    out.add(s);
                }
            }
        }
        return out;
    }
}
