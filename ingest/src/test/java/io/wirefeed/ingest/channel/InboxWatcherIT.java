package io.wirefeed.ingest.channel;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.ingest.Ingestor;
import io.wirefeed.ingest.PublishedLedger;
import io.wirefeed.ingest.StoryPublisher;
import io.wirefeed.ingest.format.StoryReader;
import io.wirefeed.model.DeadLetter;
import io.wirefeed.model.Topics;
import io.wirefeed.model.WireHeaders;
import io.wirefeed.testkit.Await;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxWatcherIT {
    @TempDir
    Path inbox;

    @TempDir
    Path state;

    @Test
    void publishesGoodFilesOnceAndDeadLettersBadOnesWhileTheNextGoodFileStillFlows() throws Exception {
        String bootstrap = Broker.bootstrap();
        Topics topics = Broker.freshTopics("inbox");
        Files.writeString(inbox.resolve("a-good.txt"), "Ministers meet in Tirana\n\nTIRANA - The ministers met. /ibna");
        Files.writeString(inbox.resolve("b-broken.json"), "{\"headline\": ");
        Files.writeString(inbox.resolve("c-good.json"), "{\"uri\":\"urn:t:c\",\"headline\":\"H\",\"body_text\":\"Body.\"}");
        Files.writeString(inbox.resolve("d-still-writing.tmp"), "partial");

        try (var producer = Broker.producer();
             PublishedLedger ledger = PublishedLedger.open(state.resolve(PublishedLedger.FILE_NAME), 1000)) {
            InboxWatcher watcher = new InboxWatcher(inbox, new Ingestor(new StoryReader(1 << 20),
                    new StoryPublisher(producer, topics, 1 << 16), ledger, new SimpleMeterRegistry()), Duration.ofMillis(100), Duration.ZERO);
            assertThat(watcher.scanOnce()).isEqualTo(3);
            // a second scan (as after a restart) finds nothing left to publish
            assertThat(watcher.scanOnce()).isZero();

            // the same story again under another name: moved to done/ without publishing
            Files.writeString(inbox.resolve("e-same-as-c.json"),
                    "{\"uri\":\"urn:t:c\",\"version\":1,\"headline\":\"H\",\"body_text\":\"Body.\"}");
            assertThat(watcher.scanOnce()).isEqualTo(1);
            assertThat(inbox.resolve("done/e-same-as-c.json")).exists();
        }

        var raw = Await.records(bootstrap, topics.raw().name(), Duration.ofSeconds(30), r -> r.size() >= 2);
        assertThat(raw).extracting(r -> new String(r.key(), StandardCharsets.UTF_8)).contains("urn:t:c")
                .anyMatch(k -> k.startsWith("ibna:"));
        assertThat(Await.all(bootstrap, topics.raw().name(), Duration.ofSeconds(30))).hasSize(2);
        var dlq = Await.records(bootstrap, topics.dlq().name(), Duration.ofSeconds(30), r -> !r.isEmpty());
        assertThat(WireHeaders.text(dlq.get(0).headers(), DeadLetter.REASON)).contains("broken JSON");
        assertThat(new String(dlq.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("{\"headline\": ");

        assertThat(inbox.resolve("done/a-good.txt")).exists();
        assertThat(inbox.resolve("done/c-good.json")).exists();
        assertThat(inbox.resolve("failed/b-broken.json")).exists();
        assertThat(Files.readString(inbox.resolve("failed/b-broken.json.reason"))).contains("broken JSON");
        assertThat(inbox.resolve("d-still-writing.tmp")).exists();
    }

    @Test
    void leavesAFileThatIsStillChangingUntilItHasSettled() throws Exception {
        Topics topics = Broker.freshTopics("settle");
        Path story = inbox.resolve("written-in-place.txt");
        Files.writeString(story, "Ministers meet in Podgorica\n\nPODGORICA - The ministers met. /mina");
        try (var producer = Broker.producer();
             PublishedLedger ledger = PublishedLedger.open(inbox.resolve(".settle-ledger.tsv"), 1000)) {
            InboxWatcher watcher = new InboxWatcher(inbox, new Ingestor(new StoryReader(1 << 20),
                    new StoryPublisher(producer, topics, 1 << 16), ledger, new SimpleMeterRegistry()), Duration.ofMillis(100), Duration.ofHours(1));
            assertThat(watcher.scanOnce()).isZero();
            assertThat(story).exists();
            Files.setLastModifiedTime(story, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(Duration.ofHours(2))));
            assertThat(watcher.scanOnce()).isEqualTo(1);
            assertThat(inbox.resolve("done/written-in-place.txt")).exists();
        }
    }
}
