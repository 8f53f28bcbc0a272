package io.wirefeed.monitor;

import io.wirefeed.model.Alert;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Raises a spike alert when a subject's stories in the last hour reach {@code factor} times its hourly mean
 * over the 24 hours before, and at least {@code minStories}. Counts are kept per subject in 15-minute slots
 * of a 25-hour ring (one small record per subject in {@link #STORE}), in record time, so a replay after a
 * restart decides the same way. After an alert the subject stays quiet for an hour.
 *
 * <p>Without a trailing day there is no mean to compare with: a monitor judges spikes only once it has
 * counted stories for a day ({@link #SINCE_STORE}: the time of the first story each task counted). A subject
 * new to the news after that spikes at {@code minStories} in an hour.
 */
final class SpikeDetector implements Processor<String, MonitorTopology.Counted, String, Alert> {
    static final String STORE = "spike-state";
    static final String SINCE_STORE = "spike-since";
    private static final String SINCE = "since";
    static final String RULE = "spike";
    static final long SLOT_MS = Duration.ofMinutes(15).toMillis();
    static final int HOUR_SLOTS = 4;
    static final int DAY_SLOTS = 96;
    static final int RING = HOUR_SLOTS + DAY_SLOTS;
    /** A subject seldom in the news still needs more than a story or two to spike: the mean counts as at least 1 an hour. */
    static final double MIN_HOURLY_MEAN = 1.0;

    /**
     * @param lastSlot   the newest 15-minute slot counted (epoch millis / 15 min)
     * @param slots      story counts by slot, index = slot mod {@link #RING}
     * @param quietUntil no alert before this slot
     */
    record State(long lastSlot, int[] slots, long quietUntil) {}

    /** Fixed-size binary: the state is read and written once per subject of every story. */
    static final Serde<State> STATE_SERDE = Serdes.serdeFrom((topic, s) -> {
        if (s == null) {
            return null;
        }
        ByteBuffer b = ByteBuffer.allocate(16 + 4 * RING).putLong(s.lastSlot()).putLong(s.quietUntil());
        for (int c : s.slots()) {
            b.putInt(c);
        }
        return b.array();
    }, (topic, bytes) -> {
        if (bytes == null) {
            return null;
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        long last = b.getLong();
        long quiet = b.getLong();
        int[] slots = new int[RING];
        for (int i = 0; i < RING; i++) {
            slots[i] = b.getInt();
        }
        return new State(last, slots, quiet);
    });

    private final double factor;
    private final int minStories;
    private ProcessorContext<String, Alert> context;
    private KeyValueStore<String, State> store;
    private KeyValueStore<String, Long> since;

    SpikeDetector(double factor, int minStories) {
        this.factor = factor;
        this.minStories = minStories;
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        this.store = context.getStateStore(STORE);
        this.since = context.getStateStore(SINCE_STORE);
    }

    @Override
    public void process(Record<String, MonitorTopology.Counted> record) {
        Subject subject = record.value().subject();
        if (!subject.spikeWorthy()) {
            return;
        }
        long slot = Math.floorDiv(record.timestamp(), SLOT_MS);
        Long first = since.get(SINCE);
        if (first == null || slot < first) {
            since.put(SINCE, slot);
            first = slot;
        }
        State state = store.get(subject.key());
        state = count(state == null ? new State(slot, new int[RING], Long.MIN_VALUE) : state, slot);
        if (slot - first >= DAY_SLOTS && slot == state.lastSlot() && slot >= state.quietUntil()) {
            int lastHour = sum(state, slot - HOUR_SLOTS + 1, slot);
            double mean = sum(state, slot - RING + 1, slot - HOUR_SLOTS) / 24.0;
            if (lastHour >= minStories && lastHour >= factor * Math.max(mean, MIN_HOURLY_MEAN)) {
                state = new State(state.lastSlot(), state.slots(), slot + HOUR_SLOTS);
                var story = record.value().story();
                String why = String.format(Locale.ROOT, "Spike: %s in %d stories in the last hour, against %.1f an hour over the day before",
                        subject.name(), lastHour, mean);
                context.forward(new Record<>(RULE, new Alert(RULE, why, story.id(), story.headline(), List.of(subject.key()),
                        Instant.ofEpochMilli(record.timestamp())), record.timestamp()));
            }
        }
        store.put(subject.key(), state);
    }

    /** The state with one more story in {@code slot}; slots that fell out of the ring are cleared. */
    static State count(State s, long slot) {
        int[] slots = s.slots().clone();
        long last = s.lastSlot();
        if (slot > last) {
            for (long i = last + 1; i <= slot && i <= last + RING; i++) {
                slots[(int) Math.floorMod(i, (long) RING)] = 0;
            }
            last = slot;
        }
        if (slot > last - RING) { // older than the ring: too late to matter
            slots[(int) Math.floorMod(slot, (long) RING)]++;
        }
        return new State(last, slots, s.quietUntil());
    }

    private static int sum(State s, long fromSlot, long toSlot) {
        int n = 0;
        for (long i = Math.max(fromSlot, s.lastSlot() - RING + 1); i <= toSlot; i++) {
            n += s.slots()[(int) Math.floorMod(i, (long) RING)];
        }
        return n;
    }
}
