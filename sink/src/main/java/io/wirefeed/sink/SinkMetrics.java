package io.wirefeed.sink;

import io.micrometer.core.instrument.Counter;
import io.wirefeed.model.WireMetrics;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The sink's counters: stories routed to region topics (or in no region), alerts by watch-list rule. */
final class SinkMetrics {
    static final Counter ROUTED = WireMetrics.stories(WireMetrics.STAGE_SINK, "routed");
    static final Counter UNROUTED = WireMetrics.stories(WireMetrics.STAGE_SINK, "unrouted");
    /** Made on a rule's first alert and kept: rules are few (the file's and wire.watchlists'). */
    private static final Map<String, Counter> ALERTS = new ConcurrentHashMap<>();

    private SinkMetrics() {}

    static void alert(String rule) {
        ALERTS.computeIfAbsent(rule, WireMetrics::alerts).increment();
    }
}
