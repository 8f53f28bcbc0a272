package io.wirefeed.ingest.channel;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.wirefeed.ingest.Ingestor;
import io.wirefeed.ingest.PublishedLedger;
import io.wirefeed.ingest.StoryPublisher;
import io.wirefeed.ingest.format.StoryReader;
import io.wirefeed.model.Topics;
import io.wirefeed.testkit.Await;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;
import org.apache.kafka.clients.producer.Producer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The feed poller against a feed served by a local HTTP server that honours conditional GETs, publishing
 * through the real broker.
 */
class FeedPollerIT {
    @TempDir
    Path state;

    private HttpServer server;
    private volatile String feed;
    private volatile String etag;
    private final List<String> requests = new CopyOnWriteArrayList<>(); // status and If-None-Match of each request

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 8);
        server.createContext("/wire.rss", ex -> {
            try (ex) {
                String condition = ex.getRequestHeaders().getFirst("If-None-Match");
                if (etag.equals(condition)) {
                    requests.add("304 " + condition);
                    ex.sendResponseHeaders(304, -1);
                    return;
                }
                requests.add("200 " + condition);
                byte[] body = feed.getBytes(StandardCharsets.UTF_8);
                String accept = ex.getRequestHeaders().getFirst("Accept-Encoding");
                if (accept != null && accept.contains("gzip")) {
                    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
                    try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
                        gz.write(body);
                    }
                    body = zipped.toByteArray();
                    ex.getResponseHeaders().set("Content-Encoding", "gzip");
                }
                ex.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
                ex.getResponseHeaders().set("ETag", etag);
                ex.sendResponseHeaders(200, body.length);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.start();
    }

    @AfterEach
    void stopServing() {
        server.stop(0);
    }

    private URI feedUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/wire.rss");
    }

    private static String rss(String... items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Wirefeed Test Wire</title>"
                + "<link>http://127.0.0.1/</link><description>test feed</description>" + String.join("", items)
                + "</channel></rss>";
    }

    private static String item(String guid, String title, String text) {
        return "<item><guid isPermaLink=\"false\">" + guid + "</guid><title>" + title + "</title><description>" + text
                + "</description><pubDate>Fri, 27 Nov 2026 09:30:00 GMT</pubDate></item>";
    }

    private FeedPoller poller(Producer<byte[], byte[]> producer, Topics topics, PublishedLedger ledger) {
        return new FeedPoller(List.of(feedUri()), Duration.ofMinutes(5),
                new Ingestor(new StoryReader(1 << 20), new StoryPublisher(producer, topics, 1 << 16), ledger,
                        new SimpleMeterRegistry()), 1 << 20);
    }

    @Test
    void publishesEachItemOnceAcrossConditionalPollsAChangedFeedAndARestart() throws Exception {
        String bootstrap = Broker.bootstrap();
        Topics topics = Broker.freshTopics("feed");
        Path ledgerFile = state.resolve(PublishedLedger.FILE_NAME);
        feed = rss(item("urn:wirefeed-test:feed-1", "Harbour cranes idle as strike spreads",
                        "DURRES, Nov 27 (Wirefeed Test) - Cranes stood idle at the port for a second day."),
                item("urn:wirefeed-test:feed-2", "Border crossing reopens after floods",
                        "NOVI PAZAR, Nov 27 (Wirefeed Test) - Traffic resumed at the crossing on Friday."));
        etag = "\"v1\"";
        try (Producer<byte[], byte[]> producer = Broker.producer()) {
            try (PublishedLedger ledger = PublishedLedger.open(ledgerFile, 1000)) {
                FeedPoller poller = poller(producer, topics, ledger);
                assertThat(poller.pollOnce()).containsEntry(feedUri(), FeedPoller.Outcome.PUBLISHED);
                var raw = Await.records(bootstrap, topics.raw().name(), Duration.ofSeconds(30), r -> r.size() >= 2);
                assertThat(raw).extracting(r -> new String(r.key(), StandardCharsets.UTF_8))
                        .containsExactlyInAnyOrder("urn:wirefeed-test:feed-1", "urn:wirefeed-test:feed-2");

                // second poll: the server sees If-None-Match and answers 304; nothing is published
                assertThat(poller.pollOnce()).containsEntry(feedUri(), FeedPoller.Outcome.NOT_MODIFIED);
                assertThat(requests).containsExactly("200 null", "304 \"v1\"");
                assertThat(Await.all(bootstrap, topics.raw().name(), Duration.ofSeconds(30))).hasSize(2);

                // the feed gains an item: only that one is published
                feed = rss(item("urn:wirefeed-test:feed-3", "Ferry timetable extended",
                                "IGOUMENITSA, Nov 28 (Wirefeed Test) - Winter sailings were added."),
                        item("urn:wirefeed-test:feed-1", "Harbour cranes idle as strike spreads",
                                "DURRES, Nov 27 (Wirefeed Test) - Cranes stood idle at the port for a second day."));
                etag = "\"v2\"";
                assertThat(poller.pollOnce()).containsEntry(feedUri(), FeedPoller.Outcome.PUBLISHED);
                Await.records(bootstrap, topics.raw().name(), Duration.ofSeconds(30), r -> r.size() >= 3);
            }

            // a restarted poller: a new instance (no ETag yet, so a full GET) over the same ledger file
            try (PublishedLedger ledger = PublishedLedger.open(ledgerFile, 1000)) {
                FeedPoller restarted = poller(producer, topics, ledger);
                assertThat(restarted.pollOnce()).containsEntry(feedUri(), FeedPoller.Outcome.PUBLISHED);
                assertThat(requests).last().isEqualTo("200 null");
            }
        }
        var all = Await.all(bootstrap, topics.raw().name(), Duration.ofSeconds(30));
        assertThat(all).extracting(r -> new String(r.key(), StandardCharsets.UTF_8))
                .containsExactlyInAnyOrder("urn:wirefeed-test:feed-1", "urn:wirefeed-test:feed-2", "urn:wirefeed-test:feed-3");
    }

    @Test
    void anUnreadableFeedIsDeadLetteredOnceAndAnHttpErrorIsRetried() throws Exception {
        String bootstrap = Broker.bootstrap();
        Topics topics = Broker.freshTopics("feed-bad");
        feed = "<rss version=\"2.0\"><channel><title>Cut off";
        etag = "\"broken\"";
        try (Producer<byte[], byte[]> producer = Broker.producer();
             PublishedLedger ledger = PublishedLedger.open(state.resolve(PublishedLedger.FILE_NAME), 1000)) {
            FeedPoller poller = poller(producer, topics, ledger);
            assertThat(poller.pollOnce()).containsEntry(feedUri(), FeedPoller.Outcome.DEAD_LETTERED);
            assertThat(poller.pollOnce()).containsEntry(feedUri(), FeedPoller.Outcome.NOT_MODIFIED);
            var dlq = Await.all(bootstrap, topics.dlq().name(), Duration.ofSeconds(30));
            assertThat(dlq).hasSize(1);
            assertThat(new String(dlq.get(0).key(), StandardCharsets.UTF_8)).isEqualTo("feed " + feedUri());

            FeedPoller missing = new FeedPoller(List.of(feedUri().resolve("/no-such.rss")), Duration.ofMinutes(5),
                    new Ingestor(new StoryReader(1 << 20), new StoryPublisher(producer, topics, 1 << 16), ledger,
                        new SimpleMeterRegistry()), 1 << 20);
            assertThat(missing.pollOnce()).containsValue(FeedPoller.Outcome.FAILED);
        }
    }
}
