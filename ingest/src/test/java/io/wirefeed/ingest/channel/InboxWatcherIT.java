package io.wirefeed.ingest.channel;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.ingest.StoryPublisher;
import io.wirefeed.ingest.format.StoryReader;
import io.wirefeed.model.DeadLetter;
import io.wirefeed.model.Topics;
import io.wirefeed.model.WireHeaders;
import io.wirefeed.testkit.Await;
import io.wirefeed.testkit.KafkaFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxWatcherIT {
    @TempDir
    Path inbox;

    @Test
    void publishesGoodFilesOnceAndDeadLettersBadOnesWhileTheNextGoodFileStillFlows() throws Exception {
        String bootstrap = KafkaFixture.shared().bootstrapServers();
        Topics topics = new Topics("inbox-" + UUID.randomUUID().toString().substring(0, 8) + ".");
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topics.raw().name(), 2, (short) 1),
                    new NewTopic(topics.dlq().name(), 1, (short) 1))).all().get();
        }
        Files.writeString(inbox.resolve("a-good.txt"), "Ministers meet in Tirana\n\nTIRANA - The ministers met. /ibna");
        Files.writeString(inbox.resolve("b-broken.json"), "{\"headline\": ");
        Files.writeString(inbox.resolve("c-good.json"), "{\"uri\":\"urn:t:c\",\"headline\":\"H\",\"body_text\":\"Body.\"}");
        Files.writeString(inbox.resolve("d-still-writing.tmp"), "partial");

        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            InboxWatcher watcher = new InboxWatcher(inbox, new StoryReader(1 << 20),
                    new StoryPublisher(producer, topics, 1 << 16), Duration.ofMillis(100), Clock.systemUTC());
            assertThat(watcher.scanOnce()).isEqualTo(3);
            // a second scan (as after a restart) finds nothing left to publish
            assertThat(watcher.scanOnce()).isZero();
        }

        var raw = Await.records(bootstrap, topics.raw().name(), Duration.ofSeconds(30), r -> r.size() >= 2);
        assertThat(raw).extracting(r -> new String(r.key(), StandardCharsets.UTF_8)).contains("urn:t:c")
                .anyMatch(k -> k.startsWith("ibna:"));
        assertThat(raw).hasSize(2);
        var dlq = Await.records(bootstrap, topics.dlq().name(), Duration.ofSeconds(30), r -> !r.isEmpty());
        assertThat(WireHeaders.text(dlq.get(0).headers(), DeadLetter.REASON)).contains("broken JSON");
        assertThat(new String(dlq.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("{\"headline\": ");

        assertThat(inbox.resolve("done/a-good.txt")).exists();
        assertThat(inbox.resolve("done/c-good.json")).exists();
        assertThat(inbox.resolve("failed/b-broken.json")).exists();
        assertThat(Files.readString(inbox.resolve("failed/b-broken.json.reason"))).contains("broken JSON");
        assertThat(inbox.resolve("d-still-writing.tmp")).exists();
    }
}
