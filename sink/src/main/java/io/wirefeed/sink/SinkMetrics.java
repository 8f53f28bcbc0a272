package io.wirefeed.sink;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.wirefeed.model.WireMetrics;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sink's counters, in the registry the topology is built with: stories routed to region topics (or in no
 * region), alerts by watch-list rule. One per topology, shared by its tasks' processors (counters are thread-safe).
 */
final class SinkMetrics {
    private final WireMetrics meters;
    private final Counter routed;
    private final Counter unrouted;
    /** Made on a rule's first alert and kept: rules are few (the file's and wire.watchlists'). */
    private final Map<String, Counter> alerts = new ConcurrentHashMap<>();

    SinkMetrics(MeterRegistry registry) {
        this.meters = new WireMetrics(registry);
        this.routed = meters.stories(WireMetrics.STAGE_SINK, "routed");
        this.unrouted = meters.stories(WireMetrics.STAGE_SINK, "unrouted");
    }

    /** One story through the router: routed to at least one region topic, or to none. */
    void story(boolean routedAnywhere) {
        (routedAnywhere ? routed : unrouted).increment();
    }

    void alert(String rule) {
        alerts.computeIfAbsent(rule, meters::alerts).increment();
    }
}
