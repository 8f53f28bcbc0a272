package io.wirefeed.ingest.channel;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirefeed.ingest.Ingestor;
import io.wirefeed.ingest.PublishedLedger;
import io.wirefeed.ingest.StoryPublisher;
import io.wirefeed.ingest.format.StoryReader;
import io.wirefeed.model.DeadLetter;
import io.wirefeed.model.Json;
import io.wirefeed.model.Topics;
import io.wirefeed.model.WireHeaders;
import io.wirefeed.model.WireStory;
import io.wirefeed.testkit.Await;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP channel against the real broker: each answer, and what reached wire.raw and wire.dlq. */
class HttpIngestIT {
    private static final String TOKEN = "s3cret-test-token";
    private static final int LIMIT = 2048;

    @TempDir
    static Path state;

    private static Topics topics;
    private static Producer<byte[], byte[]> producer;
    private static PublishedLedger ledger;
    private static HttpIngest http;
    private static final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() throws Exception {
        topics = Broker.freshTopics("http");
        producer = Broker.producer();
        ledger = PublishedLedger.open(state.resolve(PublishedLedger.FILE_NAME), 1000);
        Ingestor ingestor = new Ingestor(new StoryReader(1 << 20), new StoryPublisher(producer, topics, 1 << 16), ledger,
                new SimpleMeterRegistry());
        http = HttpIngest.start(ingestor, "127.0.0.1", 0, TOKEN, LIMIT, 2);
    }

    @AfterAll
    static void stop() {
        http.close();
        producer.close();
        ledger.close();
    }

    private static HttpRequest.Builder post(String body) {
        return HttpRequest.newBuilder(uri("/stories")).POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static URI uri(String path) {
        return http.uri().resolve(path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> sendWithToken(HttpRequest.Builder request) throws Exception {
        return send(request.header("Authorization", "Bearer " + TOKEN));
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        return Json.MAPPER.readTree(r.body());
    }

    private static List<ConsumerRecord<byte[], byte[]>> withKey(List<ConsumerRecord<byte[], byte[]>> records, String key) {
        return records.stream().filter(r -> new String(r.key(), StandardCharsets.UTF_8).equals(key)).toList();
    }

    @Test
    void aStoryIsAcceptedWith202AndItsIdOnceTheBrokerHasItAndTheSameStoryAgainIsNotPublishedTwice() throws Exception {
        String ninjs = "{\"uri\":\"urn:wirefeed-test:http-1\",\"version\":1,\"headline\":\"Rail link talks resume\","
                + "\"body_text\":\"SKOPJE, Nov 27 (Wirefeed Test) - Negotiators met again on the rail link.\"}";
        HttpResponse<String> r = sendWithToken(post(ninjs).header("Content-Type", "application/json"));
        assertThat(r.statusCode()).isEqualTo(202);
        assertThat(json(r).path("ids").get(0).asText()).isEqualTo("urn:wirefeed-test:http-1");
        assertThat(json(r).path("duplicates")).isEmpty();
        var raw = Await.records(Broker.bootstrap(), topics.raw().name(), Duration.ofSeconds(30),
                rs -> !withKey(rs, "urn:wirefeed-test:http-1").isEmpty());
        WireStory story = Topics.WIRE_STORY.deserializer().deserialize("t", withKey(raw, "urn:wirefeed-test:http-1").get(0).value());
        assertThat(story.headline()).isEqualTo("Rail link talks resume");

        // the same story again (here labelled as plain text: the type is only a hint) → 202, a duplicate
        HttpResponse<String> again = sendWithToken(post(ninjs).header("Content-Type", "text/plain"));
        assertThat(again.statusCode()).isEqualTo(202);
        assertThat(json(again).path("duplicates").get(0).asText()).isEqualTo("urn:wirefeed-test:http-1");
        assertThat(withKey(Await.all(Broker.bootstrap(), topics.raw().name(), Duration.ofSeconds(30)), "urn:wirefeed-test:http-1"))
                .hasSize(1);
    }

    @Test
    void plainCopyInAnotherCharsetIsDecodedFromTheContentTypeHint() throws Exception {
        String text = "Sabor debates budget\n\nZAGREB, 27. studenoga (Wirefeed Test) - Zastupnici raspravljaju o proračunu "
                + "za iduću godinu, rekao je ministar financija.";
        HttpResponse<String> r = sendWithToken(HttpRequest.newBuilder(uri("/stories"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(text.getBytes(Charset.forName("windows-1250"))))
                .header("Content-Type", "text/plain; charset=windows-1250"));
        assertThat(r.statusCode()).isEqualTo(202);
        String id = json(r).path("ids").get(0).asText();
        var raw = Await.records(Broker.bootstrap(), topics.raw().name(), Duration.ofSeconds(30), rs -> !withKey(rs, id).isEmpty());
        assertThat(Topics.WIRE_STORY.deserializer().deserialize("t", withKey(raw, id).get(0).value()).bodyText()).contains("proračunu");
    }

    @Test
    void brokenJsonIsA400WithItsReasonAndGoesToTheDeadLetters() throws Exception {
        HttpResponse<String> r = sendWithToken(post("{\"headline\": \"Cut off"));
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode answer = json(r);
        assertThat(answer.path("reason").asText()).contains("broken JSON");
        String source = answer.path("dead_letter").asText();
        var dlq = Await.records(Broker.bootstrap(), topics.dlq().name(), Duration.ofSeconds(30),
                rs -> rs.stream().anyMatch(d -> source.equals(WireHeaders.text(d.headers(), DeadLetter.SOURCE))));
        var letter = dlq.stream().filter(d -> source.equals(WireHeaders.text(d.headers(), DeadLetter.SOURCE))).findFirst().orElseThrow();
        assertThat(WireHeaders.text(letter.headers(), DeadLetter.STAGE)).isEqualTo("ingest");
        assertThat(WireHeaders.text(letter.headers(), DeadLetter.REASON)).contains("broken JSON");
        assertThat(new String(letter.value(), StandardCharsets.UTF_8)).isEqualTo("{\"headline\": \"Cut off");
    }

    @Test
    void aBodyOverTheLimitIs413WhetherItsLengthIsDeclaredOrNot() throws Exception {
        String big = "Long story\n\n" + "word ".repeat(LIMIT);
        HttpResponse<String> declared = sendWithToken(post(big));
        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(json(declared).path("reason").asText()).contains("limit of " + LIMIT);

        // chunked, no Content-Length: the bytes read are counted
        byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> chunked = sendWithToken(HttpRequest.newBuilder(uri("/stories"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))));
        assertThat(chunked.statusCode()).isEqualTo(413);
    }

    @Test
    void withoutTheTokenOrWithAWrongOneIs401() throws Exception {
        String ninjs = "{\"uri\":\"urn:wirefeed-test:http-unauth\",\"headline\":\"H\",\"body_text\":\"Body.\"}";
        HttpResponse<String> none = send(post(ninjs));
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(send(post(ninjs).header("Authorization", "Bearer wrong-token")).statusCode()).isEqualTo(401);
        assertThat(send(post(ninjs).header("Authorization", "Basic " + TOKEN)).statusCode()).isEqualTo(401);
        assertThat(ledger.isPublished("urn:wirefeed-test:http-unauth", 1)).isFalse();
    }

    @Test
    void otherMethodsAre405AndHealthIs200() throws Exception {
        HttpResponse<String> get = sendWithToken(HttpRequest.newBuilder(uri("/stories")).GET());
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
        assertThat(send(HttpRequest.newBuilder(uri("/stories")).PUT(HttpRequest.BodyPublishers.ofString("x"))).statusCode())
                .isEqualTo(405);
        HttpResponse<String> health = send(HttpRequest.newBuilder(uri("/health")).GET());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(json(health).path("status").asText()).isEqualTo("ok");
        assertThat(send(HttpRequest.newBuilder(uri("/nowhere")).GET()).statusCode()).isEqualTo(404);
    }

    @Test
    void withoutAConfiguredTokenTheEndpointIsOpen() throws Exception {
        Ingestor ingestor = new Ingestor(new StoryReader(1 << 20), new StoryPublisher(producer, topics, 1 << 16), ledger,
                new SimpleMeterRegistry());
        try (HttpIngest open = HttpIngest.start(ingestor, "127.0.0.1", 0, null, LIMIT, 1)) {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(open.uri().resolve("/stories"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"uri\":\"urn:wirefeed-test:http-open\",\"headline\":\"Open\","
                            + "\"body_text\":\"TIRANA, Nov 27 (Wirefeed Test) - No token needed.\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(202);
        }
        assertThat(ledger.isPublished("urn:wirefeed-test:http-open", 1)).isTrue();
    }
}
