package io.wirefeed.bench;

import io.wirefeed.enrich.kb.KnowledgeBase;
import io.wirefeed.enrich.kb.KnowledgeBaseLoader;
import io.wirefeed.enrich.sample.StoryGenerator;
import io.wirefeed.enrich.tagging.Tagger;
import io.wirefeed.model.EnrichedStory;
import io.wirefeed.model.Topics;
import io.wirefeed.monitor.MonitorTopology;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The monitor topology's own cost per enriched story (subjects, three windowed counts, top actors per
 * region, recent lists, spike state; RocksDB stores and JSON serdes as in production, no broker): stories
 * per second on one thread. Stories arrive 50 ms apart in record time, about 72,000 a day.
 * Run: {@code java -jar bench/target/wirefeed-bench.jar MonitorBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class MonitorBenchmark {
    private TopologyTestDriver driver;
    private TestInputTopic<String, EnrichedStory> input;
    private List<EnrichedStory> stories;
    private int next;
    private long time = Instant.parse("2026-11-01T00:00:00Z").toEpochMilli();

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        KnowledgeBase kb = KnowledgeBaseLoader.builtIn();
        Tagger tagger = new Tagger(kb);
        stories = new StoryGenerator(kb, 42).stories(2_000).stream().map(tagger::tag).toList();
        Topics topics = Topics.defaults();
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "monitor-bench");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        p.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("monitor-bench").toString());
        driver = new TopologyTestDriver(MonitorTopology.build(topics, 3.0, 5), p);
        input = driver.createInputTopic(topics.enriched().name(), topics.enriched().keySerde().serializer(),
                topics.enriched().valueSerde().serializer());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        driver.close();
    }

    /** One enriched story through the whole monitor topology per call. */
    @Benchmark
    public void countOneStory() {
        EnrichedStory s = stories.get(next);
        next = (next + 1) % stories.size();
        time += 50;
        input.pipeInput(s.id(), s, time);
    }
}
