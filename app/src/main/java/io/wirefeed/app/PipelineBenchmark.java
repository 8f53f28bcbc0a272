package io.wirefeed.app;

import io.wirefeed.enrich.EnrichTopology;
import io.wirefeed.enrich.tagging.Tagger;
import io.wirefeed.ingest.StoryPublisher;
import io.wirefeed.model.TopicProvisioner;
import io.wirefeed.model.Topics;
import io.wirefeed.model.WireStory;
import io.wirefeed.sink.SinkTopology;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;

/**
 * One benchmark phase through a real broker: stories published as ingest publishes them (idempotent
 * producer, {@code acks=all}), processed by a Streams topology with {@code exactly_once_v2}, and read back
 * from {@code wire.enriched} by a {@code read_committed} consumer. Latency is the time from the ingest
 * producer's timestamp (kept on the enriched record) to the moment the consumer receives it.
 */
final class PipelineBenchmark {
    /** What one phase measured. */
    record Result(String phase, String mode, int stories, double seconds, double storiesPerSecond, double mbPerSecond,
            long p50Ms, long p95Ms, long p99Ms, double cpuPercentOfMachine, long maxHeapMb) {}

    private final WirefeedConfig base;
    private final Path stateDir;

    PipelineBenchmark(WirefeedConfig base, Path stateDir) {
        this.base = base;
        this.stateDir = stateDir;
    }

    /**
     * Runs one phase.
     *
     * @param tagger null for the pass-through baseline, else the real enrich and sink topologies run
     * @param rate   stories per second to publish, 0 for as fast as possible
     */
    Result run(String phase, Tagger tagger, List<WireStory> stories, int rate, ProgressBar bar) throws Exception {
        String prefix = "bench-" + phase + "-" + (rate > 0 ? "paced" : "full") + "-" + UUID.randomUUID().toString().substring(0, 6) + ".";
        Map<String, String> settings = new java.util.HashMap<>(Map.of(
                "bootstrap.servers", base.bootstrapServers(), "topic.prefix", prefix,
                "topic.partitions", Integer.toString(base.partitions()),
                "state.dir", stateDir.resolve(prefix).toString()));
        base.kafka().forEach((k, v) -> settings.put("kafka." + k, v));
        WirefeedConfig config = WirefeedConfig.resolve(null, Map.of(), settings);
        Topics topics = new Topics(prefix);
        KafkaClients.createPipelineTopics(config, topics);
        List<KafkaStreams> apps = new ArrayList<>();
        List<AutoCloseable> closeables = new ArrayList<>();
        if (tagger == null) {
            apps.add(streams(PassThroughTopology.build(topics), config, "bench-pass-through"));
        } else {
            TopicProvisioner provisioner = new TopicProvisioner(KafkaClients.admin(config), config.regionPartitions(), config.replicationFactor());
            closeables.add(provisioner);
            apps.add(streams(EnrichTopology.build(topics, tagger, true, EnrichTopology.DEFAULT_RETENTION, config.ninjs()), config,
                    Stages.ENRICH_APP_ID));
            apps.add(streams(SinkTopology.build(topics, provisioner::ensure), config, Stages.SINK_APP_ID));
        }
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(config, topics.enriched().name());
             Producer<byte[], byte[]> producer = KafkaClients.ingestProducer(config)) {
            awaitRunning(apps);
            long[] latencies = new long[stories.size()];
            AtomicInteger received = new AtomicInteger();
            AtomicLong maxHeap = new AtomicLong();
            AtomicLong lastReceive = new AtomicLong();
            Thread reader = new Thread(() -> read(consumer, latencies, received, lastReceive, maxHeap, bar), "bench-reader");
            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            reader.start();
            StoryPublisher publisher = new StoryPublisher(producer, topics, 1 << 20);
            long bytes = 0;
            for (int i = 0; i < stories.size(); i++) {
                if (rate > 0) {
                    long due = t0 + i * 1_000_000_000L / rate;
                    while (System.nanoTime() < due) {
                        LockSupport.parkNanos(due - System.nanoTime()); // pacing the producer, not waiting for Kafka
                    }
                }
                WireStory s = stories.get(i);
                bytes += s.headline().length() + s.bodyText().length();
                publisher.publish(s);
            }
            producer.flush();
            reader.join(TimeUnit.MINUTES.toMillis(10));
            int n = received.get();
            if (n < stories.size()) {
                throw new IllegalStateException(phase + ": only " + n + " of " + stories.size() + " stories came back within 10 minutes");
            }
            double seconds = (lastReceive.get() - t0) / 1e9;
            double cpu = (processCpuNanos() - cpu0) / ((System.nanoTime() - t0) * (double) Runtime.getRuntime().availableProcessors()) * 100;
            long[] sorted = Arrays.copyOf(latencies, n);
            Arrays.sort(sorted);
            return new Result(phase, rate > 0 ? rate + "/s" : "full speed", n, seconds, n / seconds, bytes / 1e6 / seconds,
                    percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), cpu, maxHeap.get() / (1 << 20));
        } finally {
            apps.forEach(a -> a.close(Duration.ofSeconds(30)));
            apps.forEach(KafkaStreams::cleanUp);
            for (AutoCloseable c : closeables) {
                c.close();
            }
        }
    }

    private void read(KafkaConsumer<byte[], byte[]> consumer, long[] latencies, AtomicInteger received, AtomicLong lastReceive,
            AtomicLong maxHeap, ProgressBar bar) {
        var memory = ManagementFactory.getMemoryMXBean();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (received.get() < latencies.length && System.nanoTime() < deadline) {
            var records = consumer.poll(Duration.ofMillis(100));
            long now = System.currentTimeMillis();
            for (var r : records) {
                int i = received.getAndIncrement();
                if (i < latencies.length) {
                    latencies[i] = Math.max(0, now - r.timestamp());
                }
            }
            if (!records.isEmpty()) {
                lastReceive.set(System.nanoTime());
                bar.update(Math.min(received.get(), latencies.length));
            }
            maxHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        }
    }

    private static KafkaStreams streams(Topology topology, WirefeedConfig config, String appId) {
        KafkaStreams streams = new KafkaStreams(topology, StreamsProperties.forStage(config, appId + "-" + config.topicPrefix(),
                new Topics(config.topicPrefix()).dlq().name()));
        streams.start();
        return streams;
    }

    private static void awaitRunning(List<KafkaStreams> apps) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (apps.stream().anyMatch(a -> a.state() != KafkaStreams.State.RUNNING)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the streams applications did not reach RUNNING within 60 s");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
    }

    private static KafkaConsumer<byte[], byte[]> consumer(WirefeedConfig config, String topic) {
        Map<String, Object> p = KafkaClients.common(config);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> parts = c.partitionsFor(topic).stream().map(i -> new TopicPartition(topic, i.partition())).toList();
        c.assign(parts);
        c.seekToBeginning(parts);
        return c;
    }

    private static long percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }
}
