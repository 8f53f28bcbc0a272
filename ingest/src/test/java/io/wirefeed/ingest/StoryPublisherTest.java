package io.wirefeed.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.model.DeadLetter;
import io.wirefeed.model.Topics;
import io.wirefeed.model.WireHeaders;
import io.wirefeed.model.WireStory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

class StoryPublisherTest {
    private final MockProducer<byte[], byte[]> producer =
            new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
    private final StoryPublisher publisher = new StoryPublisher(producer, Topics.defaults(), 8);

    @Test
    void publishesAStoryKeyedByItsIdWithFormatAndProviderHeaders() {
        publisher.publish(new WireStory("ibna:abc", 1, "H", "B", null, "ibna", "plain", null, null, null, Instant.EPOCH));
        var record = producer.history().get(0);
        assertThat(record.topic()).isEqualTo("wire.raw");
        assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo("ibna:abc");
        assertThat(WireHeaders.text(record.headers(), "format")).isEqualTo("plain");
        assertThat(WireHeaders.text(record.headers(), "provider")).isEqualTo("ibna");
        assertThat(Topics.WIRE_STORY.deserializer().deserialize("wire.raw", record.value()).headline()).isEqualTo("H");
    }

    @Test
    void deadLettersKeepTheReasonAndAtMostTheConfiguredOriginalBytes() {
        publisher.deadLetter("bad.txt", "0123456789".getBytes(StandardCharsets.UTF_8), "broken JSON", new IllegalStateException());
        var record = producer.history().get(0);
        assertThat(record.topic()).isEqualTo("wire.dlq");
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo("01234567");
        assertThat(WireHeaders.text(record.headers(), DeadLetter.STAGE)).isEqualTo("ingest");
        assertThat(WireHeaders.text(record.headers(), DeadLetter.REASON)).isEqualTo("broken JSON");
        assertThat(WireHeaders.text(record.headers(), DeadLetter.ORIGINAL_SIZE)).isEqualTo("10");
        assertThat(WireHeaders.text(record.headers(), DeadLetter.EXCEPTION)).isEqualTo(IllegalStateException.class.getName());
    }
}
