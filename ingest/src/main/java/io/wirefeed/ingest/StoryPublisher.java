package io.wirefeed.ingest;

import io.wirefeed.model.DeadLetter;
import io.wirefeed.model.Topics;
import io.wirefeed.model.WireHeaders;
import io.wirefeed.model.WireStory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Publishes stories to {@code wire.raw} (key = story id, headers {@code format} and {@code provider}) and
 * inputs that could not be read to {@code wire.dlq} (original bytes up to a limit, reason in headers).
 * The producer is injected: an idempotent {@code acks=all} producer in production, a mock in unit tests.
 */
public final class StoryPublisher {
    public static final String STAGE = "ingest";

    private final Producer<byte[], byte[]> producer;
    private final Topics topics;
    private final int maxDeadLetterBytes;

    public StoryPublisher(Producer<byte[], byte[]> producer, Topics topics, int maxDeadLetterBytes) {
        this.producer = producer;
        this.topics = topics;
        this.maxDeadLetterBytes = maxDeadLetterBytes;
    }

    public Future<RecordMetadata> publish(WireStory story) {
        var raw = topics.raw();
        Headers headers = new RecordHeaders();
        WireHeaders.put(headers, WireHeaders.FORMAT, story.format());
        WireHeaders.put(headers, WireHeaders.PROVIDER, story.provider());
        WireHeaders.put(headers, WireHeaders.CONTENT_TYPE, "application/json");
        return producer.send(new ProducerRecord<>(raw.name(), null, key(story.id()),
                raw.valueSerde().serializer().serialize(raw.name(), story), headers));
    }

    /**
     * Sends an input that could not be read to the dead-letter topic.
     *
     * @param source where it came from (a file name, an HTTP request id); also the record key
     */
    public Future<RecordMetadata> deadLetter(String source, byte[] original, String reason, Throwable error) {
        Headers headers = DeadLetter.headers(STAGE, reason, error);
        WireHeaders.put(headers, DeadLetter.SOURCE, source);
        WireHeaders.put(headers, DeadLetter.ORIGINAL_SIZE, Integer.toString(original.length));
        byte[] value = original.length > maxDeadLetterBytes ? Arrays.copyOf(original, maxDeadLetterBytes) : original;
        return producer.send(new ProducerRecord<>(topics.dlq().name(), null, key(source), value, headers));
    }

    private static byte[] key(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }
}
