package io.wirefeed.app;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.wirefeed.model.WireMetrics;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

/**
 * The gauge {@code wirefeed_consumer_lag_records{stage}}: records in the input partitions a stage's Kafka
 * Streams applications in this process have not read yet, summed over their main consumers' per-partition
 * {@code records-lag}. Restore consumers are left out: their lag is a changelog being replayed, not stories
 * waiting. A partition whose lag is not known yet (NaN) counts as 0.
 */
final class ConsumerLag {
    static final String GROUP = "consumer-fetch-manager-metrics";
    static final String RECORDS_LAG = "records-lag";

    private final List<Supplier<Map<MetricName, ? extends Metric>>> sources = new CopyOnWriteArrayList<>();

    private ConsumerLag() {}

    static ConsumerLag register(MeterRegistry registry, String stage) {
        ConsumerLag lag = new ConsumerLag();
        Gauge.builder(WireMetrics.CONSUMER_LAG, lag, ConsumerLag::records).strongReference(true).baseUnit("records")
                .description("records in the input partitions not yet read by this stage's consumers")
                .tag("stage", stage).register(registry);
        return lag;
    }

    /** Adds the metrics of one Streams application (its {@code metrics()}), read at each scrape. */
    void add(Supplier<Map<MetricName, ? extends Metric>> metrics) {
        sources.add(metrics);
    }

    void remove(Supplier<Map<MetricName, ? extends Metric>> metrics) {
        sources.remove(metrics);
    }

    double records() {
        double sum = 0;
        for (Supplier<Map<MetricName, ? extends Metric>> source : sources) {
            sum += sum(source.get());
        }
        return sum;
    }

    static double sum(Map<MetricName, ? extends Metric> metrics) {
        double sum = 0;
        for (Map.Entry<MetricName, ? extends Metric> e : metrics.entrySet()) {
            if (counts(e.getKey()) && e.getValue().metricValue() instanceof Number n && Double.isFinite(n.doubleValue())) {
                sum += n.doubleValue();
            }
        }
        return sum;
    }

    /** A main consumer's lag on one partition (the same name without a partition tag is a per-topic figure). */
    static boolean counts(MetricName name) {
        return RECORDS_LAG.equals(name.name()) && GROUP.equals(name.group()) && name.tags().containsKey("partition")
                && !String.valueOf(name.tags().get("client-id")).endsWith("restore-consumer");
    }
}
