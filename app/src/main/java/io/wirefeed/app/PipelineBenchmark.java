package io.wirefeed.app;

import io.wirefeed.enrich.EnrichTopology;
import io.wirefeed.enrich.tagging.Tagger;
import io.wirefeed.ingest.StoryPublisher;
import io.wirefeed.model.Topics;
import io.wirefeed.model.WireStory;
import io.wirefeed.sink.RegionRouting;
import io.wirefeed.sink.SinkTopology;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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
    static final String PASS_THROUGH_APP_ID = "bench-pass-through";
    static final String INGEST_CLIENT_ID = "wirefeed-ingest";
    static final String READER_THREAD = "bench-reader";

    /**
     * What one phase measured. CPU is of the whole machine (all its cores) over the phase, the broker's process
     * included when it runs apart; {@code stageCpu*} splits it by stage ({@link StageCpu}).
     */
    record Result(String phase, String mode, int stories, double seconds, double storiesPerSecond, double mbPerSecond,
            long p50Ms, long p95Ms, long p99Ms, double cpuPercentOfMachine, long maxHeapMb,
            Map<String, Double> stageCpuPercentOfMachine, Map<String, Double> stageCpuSeconds) {}

    private final WirefeedConfig base;
    private final Path stateDir;
    /** The CPU time of a broker in a process of its own so far, or null when the broker runs in this JVM (or elsewhere). */
    private final Supplier<Duration> separateBrokerCpu;
    private final boolean brokerInThisJvm;

    PipelineBenchmark(WirefeedConfig base, Path stateDir, boolean brokerInThisJvm, Supplier<Duration> separateBrokerCpu) {
        this.base = base;
        this.stateDir = stateDir;
        this.brokerInThisJvm = brokerInThisJvm;
        this.separateBrokerCpu = separateBrokerCpu;
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
        if (tagger == null) {
            apps.add(streams(PassThroughTopology.build(topics), config, PASS_THROUGH_APP_ID));
        } else {
            RegionRouting routing = KafkaClients.createRegionTopics(config, topics);
            apps.add(streams(EnrichTopology.build(topics, tagger, true, EnrichTopology.DEFAULT_RETENTION, config.ninjs()), config,
                    Stages.ENRICH_APP_ID));
            apps.add(streams(SinkTopology.build(topics, routing), config, Stages.SINK_APP_ID));
        }
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(config, topics.enriched().name());
             Producer<byte[], byte[]> producer = KafkaClients.ingestProducer(config, INGEST_CLIENT_ID)) {
            awaitRunning(apps);
            long[] latencies = new long[stories.size()];
            AtomicInteger received = new AtomicInteger();
            AtomicLong maxHeap = new AtomicLong();
            AtomicLong lastReceive = new AtomicLong();
            Thread reader = new Thread(() -> read(consumer, latencies, received, lastReceive, maxHeap, bar), READER_THREAD);
            StageCpu stageCpu = new StageCpu(brokerInThisJvm);
            Duration brokerCpu0 = separateBrokerCpu == null ? Duration.ZERO : separateBrokerCpu.get();
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
            Map<String, Long> byStage = new LinkedHashMap<>(stageCpu.nanosSinceStart());
            if (separateBrokerCpu != null) {
                byStage.put(StageCpu.BROKER, separateBrokerCpu.get().minus(brokerCpu0).toNanos());
            }
            double machineNanos = (System.nanoTime() - t0) * (double) Runtime.getRuntime().availableProcessors();
            Map<String, Double> stagePercent = new LinkedHashMap<>();
            Map<String, Double> stageSeconds = new LinkedHashMap<>();
            byStage.forEach((stage, nanos) -> {
                stagePercent.put(stage, round(nanos / machineNanos * 100));
                stageSeconds.put(stage, round(nanos / 1e9));
            });
            double cpu = byStage.values().stream().mapToLong(Long::longValue).sum() / machineNanos * 100;
            long[] sorted = Arrays.copyOf(latencies, n);
            Arrays.sort(sorted);
            return new Result(phase, rate > 0 ? rate + "/s" : "full speed", n, seconds, n / seconds, bytes / 1e6 / seconds,
                    percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), cpu, maxHeap.get() / (1 << 20),
                    stagePercent, stageSeconds);
        } finally {
            apps.forEach(a -> a.close(Duration.ofSeconds(30)));
            apps.forEach(KafkaStreams::cleanUp);
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

    private static double round(double d) {
        return Math.round(d * 10) / 10.0;
    }
}
