package io.wirefeed.monitor;

import java.time.Duration;
import java.util.Arrays;

/**
 * The windows coverage is counted over: UTC-aligned tumbling windows, each with its own named stores
 * ({@code coverage-1h}, {@code region-actors-1h}) kept long enough for a chart of recent history.
 */
public enum CoverageWindow {
    M15("15m", Duration.ofMinutes(15), Duration.ofDays(2), 96),
    H1("1h", Duration.ofHours(1), Duration.ofDays(8), 48),
    D1("1d", Duration.ofDays(1), Duration.ofDays(35), 30);

    /** Stories may arrive late (a restarted enrich, a slow partition): they still count this long after a window ends. */
    static final Duration GRACE = Duration.ofHours(1);

    public final String label;
    public final Duration size;
    public final Duration retention;
    /** How many windows a chart shows unless asked otherwise. */
    public final int defaultBuckets;

    CoverageWindow(String label, Duration size, Duration retention, int defaultBuckets) {
        this.label = label;
        this.size = size;
        this.retention = retention;
        this.defaultBuckets = defaultBuckets;
    }

    public String coverageStore() {
        return "coverage-" + label;
    }

    public String regionActorsStore() {
        return "region-actors-" + label;
    }

    /** Start of the window holding {@code epochMillis}. */
    public long windowStart(long epochMillis) {
        return epochMillis - Math.floorMod(epochMillis, size.toMillis());
    }

    /** The longest span a query may ask for: what the store keeps. */
    public int maxBuckets() {
        return (int) (retention.toMillis() / size.toMillis());
    }

    public static CoverageWindow of(String label) {
        return Arrays.stream(values()).filter(w -> w.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("window must be one of 15m, 1h, 1d, not '" + label + "'"));
    }
}
