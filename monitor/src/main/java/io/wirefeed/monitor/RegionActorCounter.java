package io.wirefeed.monitor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Counts the stories naming each actor per region and window, in the {@code region-actors-*} window stores
 * keyed {@code <region>|<actor id>} (a count each: one small update per actor, however many actors a
 * region has), with the actors' names in {@link #NAMES}. Its input is partitioned by region, so all of a
 * region's actors are on one instance and its top actors are one range read there.
 */
final class RegionActorCounter implements Processor<String, MonitorTopology.RegionActors, Void, Void> {
    static final String NAMES = "actor-names";

    /** One actor ranked: {@code subject} is its id. */
    public record Ranked(String subject, String name, long count) {}

    private final List<WindowStore<String, Long>> stores = new ArrayList<>();
    private KeyValueStore<String, String> names;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        for (CoverageWindow w : CoverageWindow.values()) {
            stores.add(context.getStateStore(w.regionActorsStore()));
        }
        names = context.getStateStore(NAMES);
    }

    @Override
    public void process(Record<String, MonitorTopology.RegionActors> record) {
        CoverageWindow[] windows = CoverageWindow.values();
        for (Subject actor : record.value().actors()) {
            String key = record.key() + "|" + actor.key();
            for (int i = 0; i < windows.length; i++) {
                long start = windows[i].windowStart(record.timestamp());
                Long count = stores.get(i).fetch(key, start);
                stores.get(i).put(key, count == null ? 1 : count + 1, start);
            }
            if (!actor.name().equals(names.get(actor.key()))) {
                names.put(actor.key(), actor.name());
            }
        }
    }

    /** The {@code limit} actors named in most stories of {@code region} in the window starting at {@code start}, ties by name. */
    static List<Ranked> top(ReadOnlyWindowStore<String, Long> counts, ReadOnlyKeyValueStore<String, String> names, String region,
            long start, int limit) {
        String prefix = region + "|";
        List<Ranked> all = new ArrayList<>();
        try (KeyValueIterator<Windowed<String>, Long> it = counts.fetch(prefix, prefix + Character.MAX_VALUE,
                Instant.ofEpochMilli(start), Instant.ofEpochMilli(start))) {
            while (it.hasNext()) {
                var kv = it.next();
                String key = kv.key.key();
                if (key.startsWith(prefix)) { // a range read may pass keys just outside the prefix
                    String subject = key.substring(prefix.length());
                    String name = names.get(subject);
                    all.add(new Ranked(subject, name == null ? subject : name, kv.value));
                }
            }
        }
        return all.stream().sorted(Comparator.comparingLong(Ranked::count).reversed().thenComparing(Ranked::name))
                .limit(Math.max(1, limit)).toList();
    }
}
