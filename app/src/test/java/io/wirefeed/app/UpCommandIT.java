package io.wirefeed.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wirefeed.localbroker.EmbeddedKafkaBroker;
import io.wirefeed.model.EnrichedStory;
import io.wirefeed.model.Topics;
import io.wirefeed.testkit.Await;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged command line's {@code up} as a new user would (a child JVM from {@code app/target}),
 * reads the sample stories back from its broker with a plain Kafka client, and stops it with SIGTERM.
 */
class UpCommandIT {
    @TempDir
    Path dir;

    @Test
    void upStartsEverythingTagsTheSeededSamplesAndStopsCleanly() throws Exception {
        Path jar = Path.of("target", "wirefeed.jar").toAbsolutePath();
        assertThat(jar).as("the packaged jar (the package phase runs before integration tests)").exists();
        int port = EmbeddedKafkaBroker.freePort();
        int monitorPort = EmbeddedKafkaBroker.freePort();
        Process up = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "up", "--kafka-port", Integer.toString(port),
                "--data-dir", dir.resolve("data").toString(), "--inbox", dir.resolve("inbox").toString(),
                "--http-port", Integer.toString(EmbeddedKafkaBroker.freePort()), "--monitor-port", Integer.toString(monitorPort))
                .redirectErrorStream(false).start();
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(up.getInputStream(), StandardCharsets.UTF_8))) {
                r.lines().forEach(lines::add);
            } catch (Exception ignored) {
                // the process ended
            }
        });
        reader.start();
        try {
            String bootstrap = "127.0.0.1:" + port;
            var records = Await.records(bootstrap, "wire.enriched", Duration.ofSeconds(120),
                    r -> r.size() >= UpCommand.SAMPLES.size());
            assertThat(records).hasSize(UpCommand.SAMPLES.size());
            var stories = records.stream()
                    .map(r -> Topics.ENRICHED_STORY.deserializer().deserialize("t", r.value())).toList();
            assertThat(stories).flatExtracting(EnrichedStory::countries).contains("RS", "XK", "HR", "GR", "TR");
            assertThat(Files.list(dir.resolve("inbox/done")).count()).isEqualTo(UpCommand.SAMPLES.size());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (lines.size() < UpCommand.SAMPLES.size() && System.nanoTime() < deadline) {
                reader.join(200); // wait on the printer's output with a deadline
            }
            assertThat(lines).hasSize(UpCommand.SAMPLES.size()).allMatch(l -> l.contains("countries="));

            // the example watch-list written beside the inbox is in force: the Belgrade-Pristina sample names
            // both leaders, and its alert is listed by the monitor's query API
            assertThat(dir.resolve(UpCommand.EXAMPLE_WATCHLIST)).exists();
            var http = HttpClient.newHttpClient();
            var alerts = URI.create("http://127.0.0.1:" + monitorPort + "/api/alerts");
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                    assertThat(http.send(HttpRequest.newBuilder(alerts).build(),
                            HttpResponse.BodyHandlers.ofString()).body()).contains("\"rule\":\"belgrade-pristina\""));
        } finally {
            up.destroy(); // SIGTERM: the shutdown hook stops the stages and the broker
            boolean ended = up.waitFor(60, TimeUnit.SECONDS);
            if (!ended) {
                up.destroyForcibly();
            }
            assertThat(ended).as("up stops within a minute of SIGTERM").isTrue();
        }
    }
}
