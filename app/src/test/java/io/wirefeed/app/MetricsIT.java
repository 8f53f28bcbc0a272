package io.wirefeed.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wirefeed.model.Topics;
import io.wirefeed.testkit.Await;
import io.wirefeed.testkit.KafkaFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stages' metrics, scraped while stories flow through the real broker. */
class MetricsIT {
    /** Short wire stories written for this test. */
    private static final List<String> STORIES = List.of("""
            Serbia and Hungary open new rail link
            BELGRADE, Mar 4 (Wirefeed Test) - Trains between Belgrade and Budapest began running on the rebuilt line on \
            Wednesday, cutting the journey to under three hours, the Serbian transport ministry said.
            """, """
            Croatian ports report record cruise season
            ZAGREB, Mar 4 (Wirefeed Test) - Dubrovnik and Split welcomed more cruise passengers than in any year before, \
            the port authorities of Croatia said on Wednesday.
            """, """
            Albania expands solar power capacity
            TIRANA, Mar 4 (Wirefeed Test) - Albania connected two new solar parks to its grid near Fier, the energy \
            ministry said, adding capacity equal to a fifth of the country's summer demand.
            """, """
            North Macedonia and Greece agree on border crossing hours
            SKOPJE, Mar 4 (Wirefeed Test) - The crossing at Bogorodica will stay open around the clock from April, the \
            interior ministries of North Macedonia and Greece said in a joint statement.
            """);

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void countsStoriesDeadLettersTaggingAndLagWhileThePipelineRuns() throws Exception {
        String bootstrap = KafkaFixture.shared().bootstrapServers();
        String prefix = "it-" + UUID.randomUUID().toString().substring(0, 8) + ".";
        Path inbox = dir.resolve("inbox");
        Files.createDirectories(inbox);
        WirefeedConfig config = WirefeedConfig.resolve(null, Map.of(), Map.of(
                "bootstrap.servers", bootstrap, "topic.prefix", prefix, "topic.partitions", "2",
                "state.dir", dir.resolve("state").toString(), "inbox", inbox.toString(), "inbox.poll.ms", "200",
                "http.port", "0"));
        Topics topics = new Topics(prefix);
        int n = STORIES.size();
        try (Stages stages = new Stages(config);
                MetricsEndpoint endpoint = MetricsEndpoint.start(stages.telemetry(), "127.0.0.1", 0)) {
            KafkaStreams enrich = stages.startEnrich(Stages.tagger(config));
            stages.startSink();
            stages.startIngest();
            String before = stages.telemetry().scrape();

            for (int i = 0; i < n; i++) {
                drop(inbox, "story-" + i + ".txt", STORIES.get(i).getBytes(StandardCharsets.UTF_8));
            }
            drop(inbox, "cut-off.json", "{\"headline\": \"Talks resume in".getBytes(StandardCharsets.UTF_8));
            Await.records(bootstrap, topics.enriched().name(), Duration.ofSeconds(120), r -> r.size() >= n);

            // the ingest counts come once the broker has acknowledged, the sink's once it has read them: wait for them
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                String now = stages.telemetry().scrape();
                assertThat(delta(before, now, "wirefeed_stories_total{outcome=\"published\",stage=\"ingest\"}")).isEqualTo(n);
                assertThat(sumDelta(before, now, "wirefeed_dead_letters_total{")).isEqualTo(1);
                assertThat(sumDelta(before, now, "wirefeed_stories_total{outcome=\"routed\",stage=\"sink\"}")
                        + sumDelta(before, now, "wirefeed_stories_total{outcome=\"unrouted\",stage=\"sink\"}")).isEqualTo(n);
            });
            String after = stages.telemetry().scrape();
            assertThat(delta(before, after, "wirefeed_stories_total{outcome=\"enriched\",stage=\"enrich\"}")).isEqualTo(n);
            assertThat(delta(before, after, "wirefeed_stories_total{outcome=\"dead_letter\",stage=\"ingest\"}")).isEqualTo(1);
            assertThat(delta(before, after, "wirefeed_dead_letters_total{reason=\"broken_json\",stage=\"ingest\"}")).isEqualTo(1);
            assertThat(delta(before, after, "wirefeed_tagging_seconds_count")).isGreaterThanOrEqualTo(n);
            assertThat(delta(before, after, "wirefeed_enrich_delay_seconds_count")).isGreaterThanOrEqualTo(n);

            // the lag gauge reads the enrich consumers' per-partition lag (all read by now)
            assertThat(value(after, "wirefeed_consumer_lag_records{stage=\"enrich\"}")).isZero();
            assertThat(value(after, "wirefeed_consumer_lag_records{stage=\"sink\"}")).isZero();
            assertThat(enrich.metrics().keySet()).as("the metrics the lag gauge adds up exist under these names")
                    .anyMatch(ConsumerLag::counts);
            // the clients' own metrics, tagged with their stage
            assertThat(after).containsPattern("kafka_producer_\\w+\\{[^}]*stage=\"ingest\"")
                    .containsPattern("kafka_consumer_\\w+\\{[^}]*stage=\"enrich\"");

            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(endpoint.uri() + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/plain; version=0.0.4"));
            assertThat(response.body()).contains("# TYPE wirefeed_stories_total counter",
                    "wirefeed_stories_total{outcome=\"enriched\",stage=\"enrich\"}", "wirefeed_consumer_lag_records{stage=\"enrich\"}");
        }
    }

    private static void drop(Path inbox, String name, byte[] content) throws Exception {
        Path tmp = inbox.resolve(name + ".tmp");
        Files.write(tmp, content);
        Files.move(tmp, inbox.resolve(name));
    }

    /** How much one series grew between two scrapes (absent counts as 0). */
    private static double delta(String before, String after, String series) {
        return orZero(value(after, series)) - orZero(value(before, series));
    }

    /** How much every series whose line starts with {@code start} grew together. */
    private static double sumDelta(String before, String after, String start) {
        return sum(after, start) - sum(before, start);
    }

    private static double sum(String scrape, String start) {
        double sum = 0;
        for (String line : scrape.split("\n")) {
            if (line.startsWith(start)) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    /** The value of one series in Prometheus text, or NaN when it is not there. */
    private static double value(String scrape, String series) {
        for (String line : scrape.split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(series.length() + 1).trim().split(" ")[0]);
            }
        }
        return Double.NaN;
    }

    private static double orZero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
