package io.wirefeed.app;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
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
     * included when it runs apart; {@code stageCpu*} splits it by stage ({@link StageCpu}), {@code jvmWork} says what
     * of the JVM's share went to collection pauses and compilation ({@link JvmWork}).
     */
    record Result(String phase, String mode, int stories, double seconds, double storiesPerSecond, double mbPerSecond,
            long p50Ms, long p95Ms, long p99Ms, double cpuPercentOfMachine, long maxHeapMb,
            Map<String, Double> stageCpuPercentOfMachine, Map<String, Double> stageCpuSeconds, Map<String, Long> jvmWork,
            int warmUpStories) {}

    private final WirefeedConfig base;
    private final Path stateDir;
    /** The CPU time of a broker in a process of its own so far, or null when the broker runs in this JVM (or elsewhere). */
    private final Supplier<Duration> separateBrokerCpu;
    private final boolean brokerInThisJvm;
    /** The stages count as in production (nothing reads the counts): the measured cost includes the meters'. */
    private final MeterRegistry registry = new SimpleMeterRegistry();

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
     * @param warmUp stories sent first, at the same rate, and waited for before the clock starts, round after
     *               round until the JIT is quiet ({@link WarmUp}): they carry the start-up (the Streams threads'
     *               first fetches and transactions, the compiling) that a running pipeline has behind it; none of
     *               their figures count
     * @param rate   stories per second to publish, 0 for as fast as possible
     */
    Result run(String phase, Tagger tagger, WarmUp warmUp, List<WireStory> stories, int rate, ProgressBar bar)
            throws Exception {
        String prefix = "bench-" + phase + "-" + (rate > 0 ? "paced" : "full") + "-" + UUID.randomUUID().toString().substring(0, 6) + ".";
        // the run's own settings (--config, environment: region partitions, routing, ninjs ...), with each phase's
        // topics and state apart
        Map<String, String> settings = new java.util.HashMap<>(base.originalsStrings());
        settings.putAll(Map.of("bootstrap.servers", base.bootstrapServers(), "topic.prefix", prefix,
                "topic.partitions", Integer.toString(base.partitions()),
                "state.dir", stateDir.resolve(prefix).toString()));
        base.kafka().forEach((k, v) -> settings.put("kafka." + k, v));
        WirefeedConfig config = WirefeedConfig.resolve(null, Map.of(), settings);
        Topics topics = new Topics(prefix);
        KafkaClients.createPipelineTopics(config, topics);
        List<KafkaStreams> apps = new ArrayList<>();
        if (tagger == null) {
            apps.add(streams(PassThroughTopology.build(topics), config, PASS_THROUGH_APP_ID, registry));
        } else {
            RegionRouting routing = KafkaClients.createRegionTopics(config, topics);
            apps.add(streams(EnrichTopology.build(topics, tagger, registry, true, EnrichTopology.DEFAULT_RETENTION, config.ninjs()),
                    config, Stages.ENRICH_APP_ID, registry));
            apps.add(streams(SinkTopology.build(topics, routing, registry), config, Stages.SINK_APP_ID, registry));
        }
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(config, topics.enriched().name());
             Producer<byte[], byte[]> producer = KafkaClients.ingestProducer(config, INGEST_CLIENT_ID)) {
            awaitRunning(apps);
            StoryPublisher publisher = new StoryPublisher(producer, topics, 1 << 20);
            int warmedWith = warmUp(phase, warmUp, rate, publisher, producer, consumer);
            Reader reading = new Reader(consumer, stories.size(), bar);
            Thread reader = new Thread(reading, READER_THREAD);
            StageCpu stageCpu = new StageCpu(brokerInThisJvm);
            JvmWork jvmWork = new JvmWork();
            Duration brokerCpu0 = separateBrokerCpu == null ? Duration.ZERO : separateBrokerCpu.get();
            long t0 = System.nanoTime();
            reader.start();
            long bytes = publish(publisher, stories, rate, t0);
            producer.flush();
            reader.join(TimeUnit.MINUTES.toMillis(10));
            int n = reading.received();
            if (n < stories.size()) {
                throw new IllegalStateException(phase + ": only " + n + " of " + stories.size() + " stories came back within 10 minutes");
            }
            double seconds = (reading.lastReceiveNanos() - t0) / 1e9;
            Map<String, Long> byStage = new LinkedHashMap<>(stageCpu.nanosSinceStart());
            byStage.merge(StageCpu.READER, reading.cpuNanos(), Long::sum); // the reader has ended: its own count
            byStage.merge(StageCpu.JVM, -reading.cpuNanos(), Long::sum);
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
            long[] sorted = Arrays.copyOf(reading.latencies(), n);
            Arrays.sort(sorted);
            return new Result(phase, rate > 0 ? rate + "/s" : "full speed", n, seconds, n / seconds, bytes / 1e6 / seconds,
                    percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), cpu,
                    reading.maxHeapBytes() / (1 << 20), stagePercent, stageSeconds, jvmWork.sinceStart(), warmedWith);
        } finally {
            apps.forEach(a -> a.close(Duration.ofSeconds(30)));
            apps.forEach(KafkaStreams::cleanUp);
        }
    }

    /** Sends the warm-up's rounds and waits for each until the JIT has settled; returns how many stories it took. */
    private static int warmUp(String phase, WarmUp warmUp, int rate, StoryPublisher publisher, Producer<byte[], byte[]> producer,
            KafkaConsumer<byte[], byte[]> consumer) {
        int sent = 0;
        for (int k = 0; ; k++) {
            List<WireStory> round = warmUp.round(k);
            if (round.isEmpty()) {
                return sent;
            }
            long jit0 = JvmWork.jitMillis();
            long t0 = System.nanoTime();
            publish(publisher, round, rate, t0);
            producer.flush();
            Reader warm = new Reader(consumer, round.size(), new ProgressBar(System.err, "  warm-up " + (k + 1), round.size()));
            warm.run();
            if (warm.received() < round.size()) {
                throw new IllegalStateException(phase + ": only " + warm.received() + " of " + round.size()
                        + " warm-up stories came back within 10 minutes");
            }
            sent += round.size();
            if (WarmUp.settled(JvmWork.jitMillis() - jit0, (System.nanoTime() - t0) / 1e6)) {
                return sent;
            }
        }
    }

    /** Publishes stories as ingest does, at {@code rate} per second from {@code t0} (0: as fast as possible); returns their text bytes. */
    private static long publish(StoryPublisher publisher, List<WireStory> stories, int rate, long t0) {
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
        return bytes;
    }

    /**
     * Reads {@code wire.enriched} until {@code expected} records came (or 10 minutes passed), noting each one's
     * latency, the heap's high mark and its own CPU time (counted before its thread ends, when the JVM forgets it).
     */
    private static final class Reader implements Runnable {
        private final KafkaConsumer<byte[], byte[]> consumer;
        private final long[] latencies;
        private final ProgressBar bar;
        private volatile int received;
        private volatile long lastReceiveNanos;
        private volatile long maxHeapBytes;
        private volatile long cpuNanos;

        Reader(KafkaConsumer<byte[], byte[]> consumer, int expected, ProgressBar bar) {
            this.consumer = consumer;
            this.latencies = new long[expected];
            this.bar = bar;
        }

        @Override
        public void run() {
            var memory = ManagementFactory.getMemoryMXBean();
            var threads = ManagementFactory.getThreadMXBean();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
            int n = 0;
            while (n < latencies.length && System.nanoTime() < deadline) {
                var records = consumer.poll(Duration.ofMillis(100));
                long now = System.currentTimeMillis();
                for (var r : records) {
                    if (n < latencies.length) {
                        latencies[n] = Math.max(0, now - r.timestamp());
                    }
                    n++;
                }
                if (!records.isEmpty()) {
                    received = Math.min(n, latencies.length);
                    lastReceiveNanos = System.nanoTime();
                    bar.update(received);
                }
                maxHeapBytes = Math.max(maxHeapBytes, memory.getHeapMemoryUsage().getUsed());
            }
            cpuNanos = threads.getCurrentThreadCpuTime() - cpu0;
        }

        int received() {
            return received;
        }

        long lastReceiveNanos() {
            return lastReceiveNanos;
        }

        long maxHeapBytes() {
            return maxHeapBytes;
        }

        long cpuNanos() {
            return cpuNanos;
        }

        long[] latencies() {
            return latencies;
        }
    }

    private static KafkaStreams streams(Topology topology, WirefeedConfig config, String appId, MeterRegistry registry) {
        KafkaStreams streams = new KafkaStreams(topology, StreamsProperties.forStage(config, appId + "-" + config.topicPrefix(),
                new Topics(config.topicPrefix()).dlq().name(), registry));
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
