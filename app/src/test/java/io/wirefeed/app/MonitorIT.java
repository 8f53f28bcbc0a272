package io.wirefeed.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirefeed.localbroker.EmbeddedKafkaBroker;
import io.wirefeed.model.Alert;
import io.wirefeed.model.EnrichedStory;
import io.wirefeed.model.EnrichedStory.Mention;
import io.wirefeed.model.EnrichedStory.OrganisationTag;
import io.wirefeed.model.EnrichedStory.PersonTag;
import io.wirefeed.model.Json;
import io.wirefeed.model.Topics;
import io.wirefeed.testkit.KafkaFixture;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two monitor instances of one application through the real broker, as two {@code wirefeed monitor}
 * processes would run: each holds part of the keys, and either answers every question (passing it to the
 * other when needed) with the counts the input implies; spike and watch-list alerts are listed; the event
 * stream replays the recent stories with their words; when one instance stops, the other answers alone.
 */
class MonitorIT {
    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void twoInstancesAnswerEveryQueryWithTheCountsOfTheInput() throws Exception {
        String bootstrap = KafkaFixture.shared().bootstrapServers();
        String prefix = "mon-" + UUID.randomUUID().toString().substring(0, 8) + ".";
        Topics topics = new Topics(prefix);
        int portA = EmbeddedKafkaBroker.freePort();
        int portB = EmbeddedKafkaBroker.freePort();
        Stages a = new Stages(config(bootstrap, prefix, "a", portA));
        Stages b = new Stages(config(bootstrap, prefix, "b", portB));
        try {
            Stages.Monitor monA = a.startMonitor();
            b.startMonitor();

            // stories a minute ago, so that every window asked about below holds all of them
            Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
            List<EnrichedStory> stories = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                stories.add(story("rs-" + i, t, List.of("RS"), List.of("western-balkans", "europe"),
                        List.of(person("person:aleksandar-vucic", "Aleksandar Vučić")), List.of(org("org:eu", "European Union"))));
            }
            for (int i = 0; i < 8; i++) {
                stories.add(story("xk-" + i, t, List.of("XK", "RS"), List.of("western-balkans", "europe"),
                        List.of(person("person:albin-kurti", "Albin Kurti")), List.of()));
            }
            for (int i = 0; i < 6; i++) {
                stories.add(story("mt-" + i, t, List.of("MT"), List.of("europe"), List.of(), List.of()));
            }
            Alert watch = new Alert("vucic-kurti", "Vučić and Kurti in one story", "xk-0", "Headline of xk-0",
                    List.of("person:aleksandar-vucic", "person:albin-kurti"), t);
            try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                    new StringSerializer(), Serdes.ByteArray().serializer())) {
                // a Maltese story the day before, counted first: the monitor judges spikes against a trailing day
                Instant dayBefore = t.minus(Duration.ofHours(25));
                EnrichedStory old = story("mt-old", dayBefore, List.of("MT"), List.of(), List.of(), List.of());
                producer.send(new ProducerRecord<>(topics.enriched().name(), null, dayBefore.toEpochMilli(), old.id(),
                        Topics.ENRICHED_STORY.serializer().serialize("t", old)));
                producer.flush();
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> assertThat(
                        get(portA, "/api/coverage?window=1h&buckets=1&subject=country:MT&at=" + dayBefore).path("total").asLong())
                        .isEqualTo(1));
                for (EnrichedStory s : stories) {
                    producer.send(new ProducerRecord<>(topics.enriched().name(), null, t.toEpochMilli(), s.id(),
                            Topics.ENRICHED_STORY.serializer().serialize("t", s)));
                }
                producer.send(new ProducerRecord<>(topics.alerts().name(), null, t.toEpochMilli(), watch.rule(),
                        Topics.ALERT.serializer().serialize("t", watch)));
            }

            long sent = System.nanoTime();
            Map<String, Long> expected = new LinkedHashMap<>();
            expected.put("all", 24L);
            expected.put("country:RS", 18L);
            expected.put("country:XK", 8L);
            expected.put("country:MT", 6L);
            expected.put("region:western-balkans", 18L);
            expected.put("region:europe", 24L);
            expected.put("person:aleksandar-vucic", 10L);
            expected.put("person:albin-kurti", 8L);
            expected.put("org:eu", 10L);
            expected.put("provider:testwire", 24L);

            for (int port : List.of(portA, portB)) {
                for (var e : expected.entrySet()) {
                    String q = "/api/coverage?window=1h&buckets=2&at=" + t + "&subject=" + enc(e.getKey());
                    await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                            assertThat(get(port, q).path("total").asLong()).as(e.getKey() + " on " + port).isEqualTo(e.getValue()));
                }
            }
            System.out.printf("MonitorIT: both instances agree on every count %.1f s after the stories were sent%n",
                    (System.nanoTime() - sent) / 1e9);
            // the keys are spread: each instance holds some, so each passed some questions on
            var owners = expected.keySet().stream().map(k -> monA.streams().queryMetadataForKey(
                    "coverage-1h", k, Serdes.String().serializer())).map(m -> m.activeHost().port()).distinct().toList();
            assertThat(owners).as("keys held by both instances").containsExactlyInAnyOrder(portA, portB);
            JsonNode series = get(portB, "/api/coverage?window=15m&buckets=4&subject=country:MT&at=" + t);
            assertThat(series.path("buckets")).hasSize(4);
            assertThat(series.path("buckets").get(3).path("count").asLong()).isEqualTo(6);
            assertThat(series.path("buckets").get(0).path("count").asLong()).isZero();

            JsonNode top = get(portA, "/api/top-actors?region=western-balkans&window=1d&limit=2&at=" + t);
            assertThat(top.path("actors").findValuesAsText("name")).containsExactly("Aleksandar Vučić", "European Union");
            assertThat(top.path("actors").get(0).path("count").asLong()).isEqualTo(10);
            JsonNode topEurope = get(portB, "/api/top-actors?region=europe&window=1h&at=" + t);
            assertThat(topEurope.path("actors").findValuesAsText("subject"))
                    .containsExactly("person:aleksandar-vucic", "org:eu", "person:albin-kurti");

            JsonNode recent = get(portB, "/api/recent?subject=person:albin-kurti&limit=5");
            assertThat(recent.path("stories")).hasSize(5);
            assertThat(recent.path("stories").findValuesAsText("id")).allMatch(id -> id.startsWith("xk-"));

            // the watch-list alert, and spikes: six Maltese stories in a minute, after one the day before
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                JsonNode alerts = get(portA, "/api/alerts?limit=100").path("alerts");
                assertThat(alerts.findValuesAsText("rule")).contains("vucic-kurti", "spike");
                assertThat(alerts.findValues("matched").stream().map(JsonNode::toString).toList())
                        .anyMatch(m -> m.contains("country:MT"));
            });
            assertThat(get(portB, "/api/coverage?window=1h&subject=nobody").path("total").asLong()).isZero();
            assertThat(status(portA, "/api/coverage?window=2h")).isEqualTo(400);
            assertThat(status(portA, "/api/nothing")).isEqualTo(404);
            assertThat(get(portB, "/api/instances").path("instances")).hasSize(2);
            HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + portA + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).containsPattern("wirefeed_consumer_lag_records\\{[^}]*stage=\"monitor\"");

            // the event stream replays recent stories, each tag with the words that produced it
            String event = firstStoryEvent(portB, "Kurtija");
            assertThat(event).contains("\"person:albin-kurti\"", "\"words\":[\"Kurtija\"]");

            // one instance stops: the other takes its keys over and answers alone, from the restored stores
            long stopped = System.nanoTime();
            a.close();
            for (var e : expected.entrySet()) {
                String q = "/api/coverage?window=1d&buckets=1&at=" + t + "&subject=" + enc(e.getKey());
                await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                        assertThat(get(portB, q).path("total").asLong()).as(e.getKey() + " alone").isEqualTo(e.getValue()));
            }
            assertThat(get(portB, "/api/instances").path("instances")).hasSize(1);
            System.out.printf("MonitorIT: the remaining instance answered every count alone %.1f s after the other stopped%n",
                    (System.nanoTime() - stopped) / 1e9);
        } finally {
            a.close();
            b.close();
        }
    }

    private WirefeedConfig config(String bootstrap, String prefix, String name, int port) {
        return WirefeedConfig.resolve(null, Map.of(), Map.of("bootstrap.servers", bootstrap, "topic.prefix", prefix,
                "topic.partitions", "4", "state.dir", dir.resolve(name).toString(), "monitor.port", Integer.toString(port)));
    }

    private JsonNode get(int port, String pathAndQuery) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(pathAndQuery + " -> " + r.body()).isEqualTo(200);
        return Json.MAPPER.readTree(r.body());
    }

    private int status(int port, String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The first story event of {@code /events} whose data contains {@code text}, read within a deadline. */
    private String firstStoryEvent(int port, String text) throws Exception {
        HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/events")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/event-stream"));
        try (InputStream body = r.body()) {
            CompletableFuture<String> found = CompletableFuture.supplyAsync(() -> {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                    String previous = "";
                    for (String line; (line = lines.readLine()) != null; previous = line) {
                        if (previous.equals("event: story") && line.contains(text)) {
                            return line;
                        }
                    }
                    return null;
                } catch (Exception e) {
                    return null;
                }
            });
            return found.get(30, TimeUnit.SECONDS);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static PersonTag person(String id, String name) {
        return new PersonTag(name, id, List.of(), null, 1, true);
    }

    private static OrganisationTag org(String id, String name) {
        return new OrganisationTag(name, id, "igo", null, 1, true);
    }

    /** A story as enrich would tag it; each person is mentioned once, in an inflected form. */
    private static EnrichedStory story(String id, Instant at, List<String> countries, List<String> regions, List<PersonTag> people,
            List<OrganisationTag> orgs) {
        List<Mention> mentions = people.stream().map(p -> new Mention(0, 7, inflected(p), "person", p.id())).toList();
        return new EnrichedStory(id, 1, "Headline of " + id, "Body of " + id + ".", "en", "testwire", "plain", "BELGRADE", at, at,
                countries, regions, new EnrichedStory.Focus(countries.subList(0, 1), regions), List.of(), people, orgs, mentions,
                new EnrichedStory.TaggerInfo("test", "test"));
    }

    private static String inflected(PersonTag p) {
        return p.id().equals("person:albin-kurti") ? "Kurtija" : "Vučića";
    }
}
