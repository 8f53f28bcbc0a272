package io.wirefeed.app.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirefeed.model.DeadLetter;
import io.wirefeed.model.WireHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.Test;

class ErrorPolicyTest {
    private static final Map<String, Object> CONFIG = Map.of("errors.dead.letter.queue.topic.name", "wire.dlq",
            DeadLetters.STAGE_CONFIG, "wirefeed-enrich", DeadLetters.METER_REGISTRY_CONFIG, new SimpleMeterRegistry());

    private static ErrorHandlerContext context() {
        return new ErrorHandlerContext() {
            public String topic() { return "wire.raw"; }
            public int partition() { return 3; }
            public long offset() { return 42; }
            public org.apache.kafka.common.header.Headers headers() { return new RecordHeaders(); }
            public String processorNodeId() { return "tag"; }
            public TaskId taskId() { return new TaskId(0, 3); }
            public long timestamp() { return 0; }
            public byte[] sourceRawKey() { return "story:1".getBytes(StandardCharsets.UTF_8); }
            public byte[] sourceRawValue() { return "{\"id\":\"story:1\"}".getBytes(StandardCharsets.UTF_8); }
        };
    }

    private static void assertDeadLetter(ProducerRecord<byte[], byte[]> letter, String reason) {
        assertThat(letter.topic()).isEqualTo("wire.dlq");
        assertThat(new String(letter.key(), StandardCharsets.UTF_8)).isEqualTo("story:1");
        assertThat(new String(letter.value(), StandardCharsets.UTF_8)).isEqualTo("{\"id\":\"story:1\"}");
        assertThat(WireHeaders.text(letter.headers(), DeadLetter.STAGE)).isEqualTo("wirefeed-enrich");
        assertThat(WireHeaders.text(letter.headers(), DeadLetter.REASON)).contains(reason);
        assertThat(WireHeaders.text(letter.headers(), DeadLetter.SOURCE_TOPIC)).isEqualTo("wire.raw");
        assertThat(WireHeaders.text(letter.headers(), DeadLetter.SOURCE_PARTITION)).isEqualTo("3");
        assertThat(WireHeaders.text(letter.headers(), DeadLetter.SOURCE_OFFSET)).isEqualTo("42");
    }

    @Test
    void anUnreadableRecordIsDeadLetteredWithItsSourceAndProcessingGoesOn() {
        DeadLetterDeserializationHandler h = new DeadLetterDeserializationHandler();
        h.configure(CONFIG);
        var response = h.handleError(context(), new ConsumerRecord<>("wire.raw", 3, 42, new byte[0], new byte[0]),
                new IllegalArgumentException("not a WireStory"));
        assertThat(response.result()).isEqualTo(DeserializationExceptionHandler.Result.RESUME);
        assertDeadLetter(response.deadLetterQueueRecords().get(0), "not a WireStory");
    }

    @Test
    void aRecordTheTaggerFailsOnIsDeadLetteredWithTheExceptionClass() {
        DeadLetterProcessingHandler h = new DeadLetterProcessingHandler();
        h.configure(CONFIG);
        var response = h.handleError(context(), new Record<>("story:1", "x", 0L), new IllegalStateException("tagger broke"));
        assertDeadLetter(response.deadLetterQueueRecords().get(0), "tagger broke");
        assertThat(WireHeaders.text(response.deadLetterQueueRecords().get(0).headers(), DeadLetter.EXCEPTION))
                .isEqualTo(IllegalStateException.class.getName());
    }

    @Test
    void anOutputTheBrokerRefusesIsDeadLetteredAndAPassingErrorRetried() {
        DeadLetterProductionHandler h = new DeadLetterProductionHandler();
        h.configure(CONFIG);
        var out = new ProducerRecord<>("wire.enriched", new byte[1], new byte[1]);
        var tooLarge = h.handleError(context(), out, new RecordTooLargeException("record is 20 MB"));
        assertThat(tooLarge.result()).isEqualTo(ProductionExceptionHandler.Result.RESUME);
        assertDeadLetter(tooLarge.deadLetterQueueRecords().get(0), "20 MB");
        assertThat(h.handleError(context(), out, new TimeoutException("broker slow")).result())
                .isEqualTo(ProductionExceptionHandler.Result.RETRY);
    }

    @Test
    void refusesToRunWithoutADeadLetterTopic() {
        assertThatThrownBy(() -> new DeadLetterProcessingHandler().configure(Map.of()))
                .hasMessageContaining("errors.dead.letter.queue.topic.name");
    }

    @Test
    void replacesAFailedThreadButStopsAfterRepeatedFailures() {
        Instant[] now = {Instant.parse("2026-11-29T10:00:00Z")};
        Clock clock = new Clock() {
            public ZoneOffset getZone() { return ZoneOffset.UTC; }
            public Clock withZone(java.time.ZoneId zone) { return this; }
            public Instant instant() { return now[0]; }
        };
        ThreadFailurePolicy policy = new ThreadFailurePolicy(3, Duration.ofMinutes(5), clock);
        assertThat(policy.handle(new RuntimeException("1"))).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
        assertThat(policy.handle(new RuntimeException("2"))).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
        now[0] = now[0].plus(Duration.ofMinutes(10)); // the earlier failures leave the window
        assertThat(policy.handle(new RuntimeException("3"))).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
        assertThat(policy.handle(new RuntimeException("4"))).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
        assertThat(policy.handle(new RuntimeException("5"))).isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
    }
}
