package io.wirefeed.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirefeed.model.Json;
import io.wirefeed.testkit.KafkaFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark command runs all four phases through a real broker, each after its warm-up stories came back,
 * and writes its results; no speed is asserted.
 */
class BenchCommandIT {
    @TempDir
    Path dir;

    @Test
    void runsEveryPhaseAndWritesTheResultsAsJson() throws Exception {
        Path out = dir.resolve("bench.json");
        int code = Main.commandLine().execute("bench", "--bootstrap-servers", KafkaFixture.shared().bootstrapServers(),
                "--stories", "300", "--rate", "100", "--paced-seconds", "2", "--warm-up-seconds", "1", "--partitions", "2", "--monitor-stories", "200",
                "--json", out.toString());
        assertThat(code).isEqualTo(ExitCodes.OK);
        JsonNode doc = Json.MAPPER.readTree(out.toFile());
        assertThat(doc.path("results")).hasSize(4);
        assertThat(doc.path("warm_up_stories").asInt()).isEqualTo(100);
        // the first round, and at most eight more of a quarter of it while the JIT is busy
        assertThat(doc.path("results").findValues("warm_up_stories")).allSatisfy(n -> assertThat(n.asInt()).isBetween(100, 300));
        assertThat(doc.path("results").findValuesAsText("phase")).containsExactly("pass-through", "real", "pass-through", "real");
        assertThat(doc.path("results").get(1).path("stories").asInt()).isEqualTo(300);
        assertThat(doc.path("results").get(3).path("stories").asInt()).isEqualTo(200);
        assertThat(doc.path("ratio_real_to_pass_through").asDouble()).isPositive();
        assertThat(doc.path("results").get(1).path("stage_cpu_seconds").path("enrich").asDouble()).isPositive();
        assertThat(doc.path("results").get(1).path("jvm_work").path("gc_pauses").isIntegralNumber()).isTrue();
        assertThat(doc.path("monitor").path("stories").asInt()).isEqualTo(200);
        assertThat(doc.path("monitor").path("stories_per_second").asDouble()).isPositive();
    }
}
