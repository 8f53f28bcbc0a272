package io.wirefeed.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.wirefeed.ingest.PublishedLedger;
import io.wirefeed.localbroker.EmbeddedKafkaBroker;
import io.wirefeed.model.Json;
import io.wirefeed.model.Topics;
import io.wirefeed.model.WireStory;
import io.wirefeed.testkit.Await;
import io.wirefeed.testkit.KafkaFixture;
import java.io.OutputStream;
import java.net.InetSocketAddress;
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
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three ingest channels as {@code wirefeed ingest} wires them ({@link Stages#startIngest()}), through the real
 * broker: one story sent by the folder, HTTP and a feed is published once; its version 2 once more, same key.
 */
class ChannelsIT {
    private static final String ID = "urn:newsml:wirefeed.test:20261127:cross-001";
    private static final String MARKER = "urn:newsml:wirefeed.test:20261127:cross-marker";
    private static final String TOKEN = "channels-it-token";

    @TempDir
    Path dir;

    private volatile boolean feedReady;

    @Test
    void theSameStoryThroughTheFolderHttpAndAFeedIsPublishedOnceAndItsNextVersionOnceMore() throws Exception {
        String bootstrap = KafkaFixture.shared().bootstrapServers();
        String prefix = "channels-" + UUID.randomUUID().toString().substring(0, 8) + ".";
        HttpServer feedServer = feedServer();
        Path inbox = dir.resolve("inbox");
        Files.createDirectories(inbox);
        int httpPort = EmbeddedKafkaBroker.freePort();
        WirefeedConfig config = WirefeedConfig.resolve(null, Map.of(), Map.of(
                "bootstrap.servers", bootstrap, "topic.prefix", prefix, "topic.partitions", "2",
                "state.dir", dir.resolve("state").toString(), "inbox", inbox.toString(), "inbox.poll.ms", "200",
                "http.port", Integer.toString(httpPort), "http.token", TOKEN,
                "feed.urls", "http://127.0.0.1:" + feedServer.getAddress().getPort() + "/wire.rss", "feed.poll.seconds", "1"));
        Topics topics = new Topics(prefix);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI stories = URI.create("http://127.0.0.1:" + httpPort + "/stories");
        try (Stages stages = new Stages(config)) {
            Stages.Ingest ingest = stages.startIngest();
            assertThat(ingest.http().port()).isEqualTo(httpPort);

            // 1. the folder: ninjs, version 1 — published
            write(inbox, "cross-001.json", ninjs(1));
            Await.records(bootstrap, topics.raw().name(), Duration.ofSeconds(30), r -> !keyed(r, ID).isEmpty());
            await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(inbox.resolve("done/cross-001.json")));

            // 2. HTTP: the same story as NewsML-G2 — accepted, not published again
            HttpResponse<String> posted = client.send(HttpRequest.newBuilder(stories)
                    .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/vnd.iptc.g2.newsitem+xml")
                    .POST(HttpRequest.BodyPublishers.ofString(newsmlG2())).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(posted.statusCode()).isEqualTo(202);
            assertThat(Json.MAPPER.readTree(posted.body()).path("duplicates").get(0).asText()).isEqualTo(ID);

            // 3. the feed: the same story as an RSS item, beside a new one (the marker that the poll has been handled)
            feedReady = true;
            Await.records(bootstrap, topics.raw().name(), Duration.ofSeconds(30), r -> !keyed(r, MARKER).isEmpty());
            assertThat(keyed(Await.all(bootstrap, topics.raw().name(), Duration.ofSeconds(30)), ID)).hasSize(1);

            // 4. version 2 through HTTP — a second record with the same key
            HttpResponse<String> v2 = client.send(HttpRequest.newBuilder(stories).header("Authorization", "Bearer " + TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString(ninjs(2))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(v2.statusCode()).isEqualTo(202);
            assertThat(Json.MAPPER.readTree(v2.body()).path("duplicates")).isEmpty();

            // 5. version 1 dropped in the folder again: moved to done/, not published (older than version 2)
            write(inbox, "cross-001-again.json", ninjs(1));
            await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(inbox.resolve("done/cross-001-again.json")));
        } finally {
            feedServer.stop(0);
        }
        List<ConsumerRecord<byte[], byte[]>> records = keyed(Await.all(bootstrap, topics.raw().name(), Duration.ofSeconds(30)), ID);
        assertThat(records).extracting(r -> Topics.WIRE_STORY.deserializer().deserialize("t", r.value()))
                .extracting(WireStory::version).containsExactly(1, 2);
        assertThat(records.get(0).partition()).as("same key, same partition").isEqualTo(records.get(1).partition());
        assertThat(Files.readAllLines(dir.resolve("state").resolve(PublishedLedger.FILE_NAME)))
                .anyMatch(l -> l.startsWith(ID + "\t2\t"));
    }

    private HttpServer feedServer() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 8);
        server.createContext("/wire.rss", ex -> {
            try (ex) {
                if (!feedReady) {
                    ex.sendResponseHeaders(503, -1);
                    return;
                }
                byte[] body = rss().getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().set("Content-Type", "application/rss+xml");
                ex.sendResponseHeaders(200, body.length);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.start();
        return server;
    }

    private static List<ConsumerRecord<byte[], byte[]>> keyed(List<ConsumerRecord<byte[], byte[]>> records, String key) {
        return records.stream().filter(r -> key.equals(new String(r.key(), StandardCharsets.UTF_8))).toList();
    }

    private static void write(Path inbox, String name, String content) throws Exception {
        Path tmp = inbox.resolve(name + ".tmp");
        Files.writeString(tmp, content);
        Files.move(tmp, inbox.resolve(name));
    }

    private static final String HEADLINE = "Lake ferry link to reopen in spring";
    private static final String BODY = "OHRID, Nov 27 (Wirefeed Test) - The ferry link across the lake will reopen in "
            + "spring after repairs to both piers, the transport ministry said on Friday.";

    private static String ninjs(int version) {
        return "{\"uri\":\"" + ID + "\",\"version\":" + version + ",\"language\":\"en\",\"headline\":\"" + HEADLINE
                + (version > 1 ? " (updated)" : "") + "\",\"body_text\":\"" + BODY + "\"}";
    }

    private static String newsmlG2() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="%s" version="1" standard="NewsML-G2"
                          standardversion="2.33">
                  <itemMeta><itemClass qcode="ninat:text"/><provider literal="Wirefeed Test"/></itemMeta>
                  <contentMeta><headline>%s</headline><language tag="en"/></contentMeta>
                  <contentSet><inlineData contenttype="text/plain">%s</inlineData></contentSet>
                </newsItem>""".formatted(ID, HEADLINE, BODY);
    }

    private static String rss() {
        return "<rss version=\"2.0\"><channel><title>Wirefeed Test</title>"
                + "<item><guid isPermaLink=\"false\">" + ID + "</guid><title>" + HEADLINE + "</title><description>" + BODY
                + "</description></item>"
                + "<item><guid isPermaLink=\"false\">" + MARKER + "</guid><title>Night trains return to the coast</title>"
                + "<description>BAR, Nov 27 (Wirefeed Test) - Night trains will run again from December.</description></item>"
                + "</channel></rss>";
    }
}
