package io.wirefeed.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Metrics;
import io.wirefeed.model.WireMetrics;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TelemetryTest {
    private final Telemetry telemetry = new Telemetry();

    @AfterEach
    void close() {
        telemetry.close();
    }

    /** The value of one series in Prometheus text, or NaN when it is not there. */
    static double value(String scrape, String series) {
        for (String line : scrape.split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(series.length() + 1).trim().split(" ")[0]);
            }
        }
        return Double.NaN;
    }

    @Test
    void scrapesTheStagesCountersInPrometheusTextWithJvmMetrics() {
        // the stages make their meters in the registry Stages hands them
        WireMetrics meters = new WireMetrics(telemetry.registry());
        meters.stories("enrich", "enriched").increment(3);
        meters.deadLetters("ingest", "broken_json").increment();
        meters.tagging().record(Duration.ofMillis(2));
        meters.alerts("test-rule").increment();

        String text = telemetry.scrape();
        assertThat(text).contains("# TYPE wirefeed_stories_total counter", "# TYPE wirefeed_tagging_seconds histogram",
                "jvm_memory_used_bytes", "jvm_gc_", "jvm_threads_live_threads", "system_cpu_count", "process_uptime_seconds");
        assertThat(value(text, "wirefeed_stories_total{outcome=\"enriched\",stage=\"enrich\"}")).isEqualTo(3);
        assertThat(value(text, "wirefeed_dead_letters_total{reason=\"broken_json\",stage=\"ingest\"}")).isEqualTo(1);
        assertThat(value(text, "wirefeed_alerts_total{rule=\"test-rule\"}")).isEqualTo(1);
        assertThat(value(text, "wirefeed_tagging_seconds_count")).isEqualTo(1);
        assertThat(value(text, "wirefeed_tagging_seconds_sum")).isEqualTo(0.002);
        assertThat(text).contains("wirefeed_tagging_seconds_bucket{le=\"+Inf\"} 1");
    }

    @Test
    void twoPipelinesInOneJvmEachScrapeOnlyTheirOwnCounts() {
        String routed = "wirefeed_stories_total{outcome=\"routed\",stage=\"sink\"}";
        try (Telemetry other = new Telemetry()) {
            new WireMetrics(telemetry.registry()).stories("sink", "routed").increment(2);
            new WireMetrics(other.registry()).stories("sink", "routed").increment();
            assertThat(value(telemetry.scrape(), routed)).isEqualTo(2);
            assertThat(value(other.scrape(), routed)).isEqualTo(1);
        }
        assertThat(Metrics.globalRegistry.find(WireMetrics.STORIES).meters()).as("nothing through the global registry").isEmpty();
    }

    private static Metric metric(String group, String name, Map<String, String> tags, Object value) {
        MetricName metricName = new MetricName(name, group, "", tags);
        return new Metric() {
            @Override
            public MetricName metricName() {
                return metricName;
            }

            @Override
            public Object metricValue() {
                return value;
            }
        };
    }

    private static void put(Map<MetricName, Metric> m, Metric metric) {
        m.put(metric.metricName(), metric);
    }

    private static Map<MetricName, Metric> streamsMetrics(double p0, double p1) {
        String main = "wirefeed-enrich-4f1c-StreamThread-1-consumer";
        String restore = "wirefeed-enrich-4f1c-StreamThread-1-restore-consumer";
        Map<MetricName, Metric> m = new HashMap<>();
        put(m, metric(ConsumerLag.GROUP, "records-lag", Map.of("client-id", main, "topic", "wire.raw", "partition", "0"), p0));
        put(m, metric(ConsumerLag.GROUP, "records-lag", Map.of("client-id", main, "topic", "wire.raw", "partition", "1"), p1));
        put(m, metric(ConsumerLag.GROUP, "records-lag", Map.of("client-id", main, "topic", "wire.raw", "partition", "2"), Double.NaN));
        put(m, metric(ConsumerLag.GROUP, "records-lag-max", Map.of("client-id", main), 40.0));
        put(m, metric(ConsumerLag.GROUP, "records-lag", Map.of("client-id", main, "topic", "wire.raw"), 40.0));
        put(m, metric(ConsumerLag.GROUP, "records-lag", Map.of("client-id", restore, "topic", "x-changelog", "partition", "0"), 900.0));
        put(m, metric("producer-metrics", "records-lag", Map.of("client-id", main, "partition", "0"), 900.0));
        return m;
    }

    @Test
    void sumsTheMainConsumersPartitionLagsAndLeavesOutRestoreConsumersAndUnknownValues() {
        assertThat(ConsumerLag.sum(streamsMetrics(5, 7))).isEqualTo(12);
        assertThat(ConsumerLag.sum(Map.of())).isZero();
    }

    @Test
    void theLagGaugeOfAStageAddsUpItsApplicationsInThisProcess() {
        Map<MetricName, Metric> a = streamsMetrics(5, 7);
        Map<MetricName, Metric> b = streamsMetrics(1, 2);
        ConsumerLag lag = ConsumerLag.register(telemetry.registry(), "enrich");
        lag.add(() -> a);
        java.util.function.Supplier<Map<MetricName, ? extends Metric>> second = () -> b;
        lag.add(second);
        assertThat(value(telemetry.scrape(), "wirefeed_consumer_lag_records{stage=\"enrich\"}")).isEqualTo(15);
        lag.remove(second);
        assertThat(value(telemetry.scrape(), "wirefeed_consumer_lag_records{stage=\"enrich\"}")).isEqualTo(12);
        assertThat(telemetry.registry().get(WireMetrics.CONSUMER_LAG).gauge().value()).isEqualTo(12);
    }
}
