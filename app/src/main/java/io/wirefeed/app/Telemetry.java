package io.wirefeed.app;

import io.micrometer.core.instrument.Metrics;
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
 * The process's metrics in Prometheus form: one registry, added to Micrometer's global registry (where the
 * stages count stories, dead letters and tagging time, see {@code io.wirefeed.model.WireMetrics}), with JVM
 * metrics and, once bound, the Kafka clients' own metrics tagged with their stage and the consumer lag of
 * each Streams stage. One per process ({@link #global()}): every {@link Stages} in a JVM shares it and
 * unbinds only its own clients, so several pipelines in one JVM (the integration tests) are no trouble.
 */
public final class Telemetry implements AutoCloseable {
    /** The Content-Type of {@link #scrape()}: the Prometheus text format 0.0.4. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private static Telemetry global;

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final Map<String, ConsumerLag> lag = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /** Package-private for tests, which want a registry of their own; everything else uses {@link #global()}. */
    Telemetry() {
        Metrics.addRegistry(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    /** The process's telemetry, made on first use (and again after {@link #close()}). */
    public static synchronized Telemetry global() {
        if (global == null || global.closed) {
            global = new Telemetry();
        }
        return global;
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
        closed = true;
        Metrics.removeRegistry(registry);
        gc.close();
        registry.close();
    }
}
