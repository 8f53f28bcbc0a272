package io.wirefeed.app;

import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The process's metrics in Prometheus form: one registry, made by {@link Stages} and handed to every stage it
 * starts (where they count stories, dead letters and tagging time, see {@code io.wirefeed.model.WireMetrics}),
 * with JVM metrics and, once bound, the Kafka clients' own metrics tagged with their stage and the consumer lag
 * of each Streams stage. Nothing goes through Micrometer's global registry, so several pipelines in one JVM
 * (the integration tests) each count their own.
 */
public final class Telemetry implements AutoCloseable {
    /** The Content-Type of {@link #scrape()}: the Prometheus text format 0.0.4. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final Map<String, ConsumerLag> lag = new ConcurrentHashMap<>();

    Telemetry() {
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    /**
     * Publishes the client metrics of a Streams application ({@code kafka_*{stage}}) and adds its main
     * consumers' lag to {@code wirefeed_consumer_lag_records{stage}}.
     *
     * @return closing it unbinds them (the lag gauge stays, without this application's share)
     */
    public AutoCloseable bind(KafkaStreams streams, String stage) {
        KafkaStreamsMetrics clients = new KafkaStreamsMetrics(streams, Tags.of("stage", stage));
        clients.bindTo(registry);
        ConsumerLag stageLag = lag.computeIfAbsent(stage, s -> ConsumerLag.register(registry, s));
        Supplier<Map<MetricName, ? extends Metric>> metrics = streams::metrics;
        stageLag.add(metrics);
        return () -> {
            stageLag.remove(metrics);
            clients.close();
        };
    }

    /** Publishes a producer's client metrics ({@code kafka_producer_*{stage}}); closing the result unbinds them. */
    public AutoCloseable bind(Producer<?, ?> producer, String stage) {
        KafkaClientMetrics clients = new KafkaClientMetrics(producer, Tags.of("stage", stage));
        clients.bindTo(registry);
        return clients;
    }

    /** Every metric in the Prometheus text format ({@link #CONTENT_TYPE}). */
    public String scrape() {
        return registry.scrape();
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
