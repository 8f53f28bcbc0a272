package io.wirefeed.bench;

import io.wirefeed.enrich.kb.KnowledgeBase;
import io.wirefeed.enrich.kb.KnowledgeBaseLoader;
import io.wirefeed.enrich.sample.StoryGenerator;
import io.wirefeed.enrich.tagging.Tagger;
import io.wirefeed.model.EnrichedStory;
import io.wirefeed.model.WireStory;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The tagging engine on realistic 1.5 KB stories with the full knowledge base, one thread: stories per
 * second on one core. Run: {@code ./mvnw -q -pl bench -am package -DskipTests && java -jar bench/target/wirefeed-bench.jar}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class TaggerBenchmark {
    private Tagger tagger;
    private List<WireStory> stories;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        KnowledgeBase kb = KnowledgeBaseLoader.builtIn();
        tagger = new Tagger(kb);
        stories = new StoryGenerator(kb, 42).stories(2_000);
    }

    /** One story tagged per call; throughput is stories per second. */
    @Benchmark
    public EnrichedStory tagOneStory() {
        WireStory s = stories.get(next);
        next = (next + 1) % stories.size();
        return tagger.tag(s);
    }

    /**
     * Loading and compiling the knowledge base in a fresh JVM, as every instance does at start: one shot per
     * fork, so nothing of an earlier load is warm (this benchmark has no state to set up).
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 7, jvmArgs = {})
    public static Tagger loadKnowledgeBaseCold() {
        return new Tagger(KnowledgeBaseLoader.builtIn());
    }
}
