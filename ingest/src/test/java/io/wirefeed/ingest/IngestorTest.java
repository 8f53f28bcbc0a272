package io.wirefeed.ingest;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.wirefeed.ingest.format.StoryReader;
import io.wirefeed.ingest.format.UnreadableStoryException;
import io.wirefeed.model.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorTest {
    @TempDir
    Path dir;

    private PublishedLedger ledger;

    @BeforeEach
    void open() {
        ledger = PublishedLedger.open(dir.resolve(PublishedLedger.FILE_NAME), 1000);
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private Ingestor ingestor(MockProducer<byte[], byte[]> producer) {
        return new Ingestor(new StoryReader(1 << 20), new StoryPublisher(producer, Topics.defaults(), 1 << 16), ledger,
                Clock.systemUTC(), Duration.ofSeconds(5), new SimpleMeterRegistry());
    }

    private static MockProducer<byte[], byte[]> producer(boolean autoComplete) {
        return new MockProducer<>(autoComplete, null, new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static byte[] ninjs(String uri, int version) {
        return ("{\"uri\":\"" + uri + "\",\"version\":" + version + ",\"headline\":\"Port strike enters third day\","
                + "\"body_text\":\"DURRES, Nov 27 (Wirefeed Test) - Dock workers stayed out for a third day.\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void publishesAStoryOnceThenOnlyAHigherVersion() throws Exception {
        var producer = producer(true);
        Ingestor ingestor = ingestor(producer);
        var first = ingestor.ingest(ninjs("urn:wirefeed-test:strike", 1));
        assertThat(first.published()).hasSize(1);
        assertThat(first.ids()).containsExactly("urn:wirefeed-test:strike");

        var again = ingestor.ingest(ninjs("urn:wirefeed-test:strike", 1));
        assertThat(again.published()).isEmpty();
        assertThat(again.duplicateIds()).containsExactly("urn:wirefeed-test:strike");

        assertThat(ingestor.ingest(ninjs("urn:wirefeed-test:strike", 2)).published()).hasSize(1);
        assertThat(ingestor.ingest(ninjs("urn:wirefeed-test:strike", 1)).published()).as("older than what was published").isEmpty();
        assertThat(producer.history()).hasSize(2)
                .allMatch(r -> new String(r.key(), StandardCharsets.UTF_8).equals("urn:wirefeed-test:strike"));
        assertThat(ledger.publishedVersion("urn:wirefeed-test:strike")).isEqualTo(2);
    }

    @Test
    void aStoryTheBrokerDidNotAcknowledgeIsNotRecordedAndIsPublishedOnTheNextTry() throws Exception {
        var producer = producer(false);
        Ingestor ingestor = ingestor(producer);
        CompletableFuture<Void> attempt = CompletableFuture.runAsync(() -> {
            assertThatThrownBy(() -> ingestor.ingest(ninjs("urn:wirefeed-test:nack", 1))).isInstanceOf(PublishException.class);
        });
        awaitSends(producer, 1);
        producer.errorNext(new NetworkException("broker gone"));
        attempt.get(10, TimeUnit.SECONDS);
        assertThat(ledger.isPublished("urn:wirefeed-test:nack", 1)).isFalse();

        CompletableFuture<Ingestor.Result> retry = CompletableFuture.supplyAsync(() -> {
            try {
                return ingestor.ingest(ninjs("urn:wirefeed-test:nack", 1));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        awaitSends(producer, 2);
        producer.completeNext();
        assertThat(retry.get(10, TimeUnit.SECONDS).published()).hasSize(1);
        assertThat(ledger.isPublished("urn:wirefeed-test:nack", 1)).isTrue();
    }

    @Test
    void whileOneChannelPublishesAStoryAnotherOfferingTheSameIdWaitsAndThenSkipsIt() throws Exception {
        var producer = producer(false);
        Ingestor ingestor = ingestor(producer);
        CompletableFuture<Ingestor.Result> first = CompletableFuture.supplyAsync(() -> ingest(ingestor, "urn:wirefeed-test:race"));
        awaitSends(producer, 1);
        CompletableFuture<Ingestor.Result> second = new CompletableFuture<>();
        Thread other = new Thread(() -> second.complete(ingest(ingestor, "urn:wirefeed-test:race")));
        other.start();
        // the second waits for the first's outcome instead of publishing
        await().atMost(Duration.ofSeconds(10)).until(() -> other.getState() == Thread.State.TIMED_WAITING);
        assertThat(producer.history()).hasSize(1);
        producer.completeNext();
        assertThat(first.get(10, TimeUnit.SECONDS).published()).hasSize(1);
        assertThat(second.get(10, TimeUnit.SECONDS).duplicateIds()).containsExactly("urn:wirefeed-test:race");
        assertThat(producer.history()).hasSize(1);
    }

    @Test
    void theSameIdTwiceInOneInputIsPublishedOnceAtItsHighestVersion() throws Exception {
        var producer = producer(true);
        String feed = "<rss version=\"2.0\"><channel><title>Wirefeed Test</title>"
                + "<item><guid>urn:wirefeed-test:twice</guid><title>Ferry service resumes</title><description>Ferries sail again.</description></item>"
                + "<item><guid>urn:wirefeed-test:twice</guid><title>Ferry service resumes</title><description>Ferries sail again.</description></item>"
                + "<item><guid>urn:wirefeed-test:other</guid><title>Bridge reopens</title><description>Traffic flows.</description></item>"
                + "</channel></rss>";
        var result = ingestor(producer).ingest(feed.getBytes(StandardCharsets.UTF_8));
        assertThat(result.ids()).containsExactly("urn:wirefeed-test:twice", "urn:wirefeed-test:other");
        assertThat(producer.history()).hasSize(2);
    }

    @Test
    void unreadableInputIsReportedWithItsReasonAndNothingIsPublished() {
        var producer = producer(true);
        assertThatThrownBy(() -> ingestor(producer).ingest("{\"headline\": ".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableStoryException.class).hasMessageContaining("broken JSON");
        assertThat(producer.history()).isEmpty();
    }

    private static Ingestor.Result ingest(Ingestor ingestor, String uri) {
        try {
            return ingestor.ingest(ninjs(uri, 1));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits (with a deadline) until the mock producer has been handed {@code n} records. */
    private static void awaitSends(MockProducer<byte[], byte[]> producer, int n) {
        await().atMost(Duration.ofSeconds(10)).until(() -> producer.history().size() >= n);
    }
}
