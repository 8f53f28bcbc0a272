package io.wirefeed.app;

import com.fasterxml.jackson.databind.SerializationFeature;
import io.wirefeed.enrich.kb.KnowledgeBase;
import io.wirefeed.enrich.kb.KnowledgeBaseLoader;
import io.wirefeed.enrich.sample.StoryGenerator;
import io.wirefeed.enrich.tagging.Tagger;
import io.wirefeed.localbroker.EmbeddedKafkaBroker;
import io.wirefeed.model.EnrichedStory;
import io.wirefeed.model.Json;
import io.wirefeed.model.WireStory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"End-to-end benchmark through a real broker (the embedded one unless --bootstrap-servers):",
                "a pass-through topology (same topics, serdes and exactly-once, no tagging) sets the limit, then the real "
                        + "ingest → enrich → sink pipeline runs on the same stories; both at full speed and at a paced rate.",
                "Reports stories/s, MB/s, latency p50/p95/p99 (ingest → wire.enriched), CPU, heap and the ratio real / pass-through.",
                "Then the monitor counts the tagged stories from wire.enriched: stories/s (--monitor-stories 0 skips it)."})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--stories", defaultValue = "50000", description = "stories per full-speed phase (default ${DEFAULT-VALUE})")
    int stories;

    @Option(names = "--seed", defaultValue = "42", description = "story generator seed: the same seed gives the same stories")
    long seed;

    @Option(names = "--rate", defaultValue = "500", description = "stories/s of the paced phases, 0 to skip them (default ${DEFAULT-VALUE})")
    int rate;

    @Option(names = "--paced-seconds", defaultValue = "20", description = "length of each paced phase (default ${DEFAULT-VALUE})")
    int pacedSeconds;

    /**
     * 30 s by default: after 5 s the JIT still compiled 7.4 s of the real paced phase's 20 s (jvm_work), after 30 s
     * 2.3 s; the broker, the clients and the stages share one JVM, so there is much code to compile. At full speed
     * 30 s of stories go through in a few seconds, hence the further rounds while the JIT is busy ({@link WarmUp}).
     */
    @Option(names = "--warm-up-seconds", defaultValue = "30",
            description = "before each phase's clock starts, rate x this many stories (500/s x this without --rate) go "
                    + "through at the phase's own speed and are waited for, then rounds of a quarter of that while the "
                    + "JIT still compiles (up to 8), so that start-up is not counted; 0: none (default ${DEFAULT-VALUE})")
    int warmUpSeconds;

    @Option(names = "--partitions", defaultValue = "6", description = "partitions of the benchmark topics (default ${DEFAULT-VALUE})")
    int partitions;

    /** --bootstrap-servers (else the embedded broker), --config, --kafka.<key>=<value> as for the stages */
    @picocli.CommandLine.Mixin
    ConfigOptions options;

    @Option(names = "--json", paramLabel = "FILE", description = "also write the results as JSON, to compare runs")
    Path json;

    /** Where the broker runs when no --bootstrap-servers is given. */
    enum BrokerPlacement { embedded, separate }

    @Option(names = "--broker", defaultValue = "embedded",
            description = "embedded: the broker in this JVM; separate: in a JVM of its own, so that its CPU shows apart "
                    + "(default ${DEFAULT-VALUE}; ignored with --bootstrap-servers)")
    BrokerPlacement brokerPlacement;

    @Option(names = "--monitor-stories", defaultValue = "20000",
            description = "tagged stories the monitor phase counts, 0 to skip it (default ${DEFAULT-VALUE})")
    int monitorStories;

    @Override
    public Integer call() throws Exception {
        Path work = Files.createTempDirectory("wirefeed-bench-");
        boolean local = options.bootstrapServers == null;
        EmbeddedKafkaBroker broker = local && brokerPlacement == BrokerPlacement.embedded
                ? EmbeddedKafkaBroker.start(work.resolve("kafka")) : null;
        SeparateBroker separate = local && brokerPlacement == BrokerPlacement.separate ? SeparateBroker.start(work.resolve("kafka")) : null;
        try {
            String bootstrap = broker != null ? broker.bootstrapServers() : separate != null ? separate.bootstrapServers()
                    : options.bootstrapServers;
            String kafka = broker != null ? "embedded" : separate != null ? "separate" : bootstrap;
            System.err.println("wirefeed bench: Kafka " + (local ? kafka + " at " : "at ") + bootstrap);
            KnowledgeBase kb = KnowledgeBaseLoader.builtIn();
            Tagger tagger = new Tagger(kb);
            List<WireStory> full = new StoryGenerator(kb, seed).stories(stories);
            List<WireStory> paced = rate > 0 ? new StoryGenerator(kb, seed + 1).stories(rate * pacedSeconds) : List.of();
            // the same count for both modes, so that every phase starts from the same warmed state; ids apart from
            // the measured stories', which the duplicate filter would otherwise take for copies
            WarmUp warmUp = new WarmUp(new StoryGenerator(kb, seed + 3), (rate > 0 ? rate : 500) * warmUpSeconds);
            WirefeedConfig base = options.resolve(Map.of("bootstrap.servers", bootstrap,
                    "topic.partitions", Integer.toString(partitions)));
            PipelineBenchmark bench = new PipelineBenchmark(base, work.resolve("state"), broker != null,
                    separate == null ? null : separate::cpu);
            List<PipelineBenchmark.Result> results = new ArrayList<>();
            results.add(bench.run("pass-through", null, warmUp, full, 0, bar("pass-through, full speed", full.size())));
            results.add(bench.run("real", tagger, warmUp, full, 0, bar("real pipeline, full speed", full.size())));
            if (rate > 0) {
                results.add(bench.run("pass-through", null, warmUp, paced, rate, bar("pass-through, " + rate + "/s", paced.size())));
                results.add(bench.run("real", tagger, warmUp, paced, rate, bar("real pipeline, " + rate + "/s", paced.size())));
            }
            double ratio = results.get(1).storiesPerSecond() / results.get(0).storiesPerSecond();
            print(results, ratio);
            MonitorBenchmark.Result monitor = null;
            if (monitorStories > 0) {
                List<EnrichedStory> tagged = new StoryGenerator(kb, seed + 2).stories(monitorStories).stream().map(tagger::tag).toList();
                monitor = new MonitorBenchmark(base, work.resolve("state"))
                        .run(tagged, bar("monitor, counting", tagged.size()));
                System.out.printf("monitor: %d stories counted in %.1f s: %.0f stories/s (started in %.1f s)%n", monitor.stories(),
                        monitor.seconds(), monitor.storiesPerSecond(), monitor.startSeconds());
            }
            if (json != null) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("at", Instant.now().toString());
                doc.put("stories", stories);
                doc.put("seed", seed);
                doc.put("partitions", partitions);
                doc.put("warm_up_stories", warmUp.firstRound());
                doc.put("cores", Runtime.getRuntime().availableProcessors());
                doc.put("kafka", kafka);
                doc.put("kafka_settings", base.kafka());
                doc.put("ratio_real_to_pass_through", ratio);
                doc.put("results", results);
                doc.put("monitor", monitor);
                Files.writeString(json, Json.MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc));
            }
            return ExitCodes.OK;
        } finally {
            if (broker != null) {
                broker.close();
            }
            if (separate != null) {
                separate.close();
            }
        }
    }

    private static ProgressBar bar(String label, int total) {
        return new ProgressBar(System.err, label, total);
    }

    private static void print(List<PipelineBenchmark.Result> results, double ratio) {
        System.out.printf("%-13s %-11s %8s %10s %7s %8s %8s %8s %6s %9s%n", "phase", "mode", "stories", "stories/s", "MB/s",
                "p50 ms", "p95 ms", "p99 ms", "CPU%", "heap MB");
        for (var r : results) {
            System.out.printf("%-13s %-11s %8d %10.0f %7.2f %8d %8d %8d %6.0f %9d%n", r.phase(), r.mode(), r.stories(),
                    r.storiesPerSecond(), r.mbPerSecond(), r.p50Ms(), r.p95Ms(), r.p99Ms(), r.cpuPercentOfMachine(), r.maxHeapMb());
        }
        System.out.println("CPU % of the machine by stage (broker: its threads, or its process with --broker separate; "
                + "jvm: GC, JIT and ended threads):");
        for (var r : results) {
            StringBuilder line = new StringBuilder(String.format("  %-13s %-11s", r.phase(), r.mode()));
            r.stageCpuPercentOfMachine().forEach((stage, pct) -> line.append(String.format(" %s %.1f", stage, pct)));
            System.out.println(line);
        }
        System.out.printf("ratio real / pass-through at full speed: %.2f%n", ratio);
    }
}
