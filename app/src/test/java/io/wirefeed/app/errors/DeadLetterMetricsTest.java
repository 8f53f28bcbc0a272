package io.wirefeed.app.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirefeed.model.WireMetrics;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.SerializationExceptionOrigin;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.Test;

class DeadLetterMetricsTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    /** A topic-prefixed application id, as the integration tests and shared clusters have. */
    private final Map<String, Object> config = Map.of("errors.dead.letter.queue.topic.name", "p.wire.dlq",
            DeadLetters.STAGE_CONFIG, "it-1a2b.wirefeed-sink", DeadLetters.METER_REGISTRY_CONFIG, registry);

    private double deadLetters(String reason) {
        Counter c = registry.find(WireMetrics.DEAD_LETTERS).tags("stage", "sink", "reason", reason).counter();
        return c == null ? 0 : c.count();
    }

    private static ErrorHandlerContext context() {
        return new ErrorHandlerContext() {
            public String topic() { return "p.wire.enriched"; }
            public int partition() { return 1; }
            public long offset() { return 7; }
            public org.apache.kafka.common.header.Headers headers() { return new RecordHeaders(); }
            public String processorNodeId() { return "route-by-region"; }
            public TaskId taskId() { return new TaskId(0, 1); }
            public long timestamp() { return 0; }
            public byte[] sourceRawKey() { return "story:9".getBytes(StandardCharsets.UTF_8); }
            public byte[] sourceRawValue() { return "{}".getBytes(StandardCharsets.UTF_8); }
        };
    }

    @Test
    void eachHandlerCountsItsDeadLettersUnderTheStageAndAFixedReason() {
        var deserialization = new DeadLetterDeserializationHandler();
        deserialization.configure(config);
        var processing = new DeadLetterProcessingHandler();
        processing.configure(config);
        var production = new DeadLetterProductionHandler();
        production.configure(config);
        var out = new ProducerRecord<>("p.wire.region.eu", new byte[1], new byte[1]);

        deserialization.handleError(context(), new ConsumerRecord<>("p.wire.enriched", 1, 7, new byte[0], new byte[0]),
                new IllegalArgumentException("not an EnrichedStory at offset 7 of partition 1"));
        deserialization.handleError(context(), new ConsumerRecord<>("p.wire.enriched", 1, 8, new byte[0], new byte[0]),
                new IllegalArgumentException("another message entirely"));
        processing.handleError(context(), new Record<>("story:9", "x", 0L), new IllegalStateException("route failed"));
        production.handleError(context(), out, new RecordTooLargeException("record is 20 MB"));
        production.handleError(context(), out, new IllegalStateException("invalid record"));
        production.handleError(context(), out, new TimeoutException("broker slow")); // retried: no dead letter
        production.handleSerializationError(context(), new ProducerRecord<>("t", "k", "v"), new RuntimeException("no"),
                SerializationExceptionOrigin.VALUE);

        assertThat(deadLetters("deserialization")).isEqualTo(2);
        assertThat(deadLetters("processing")).isEqualTo(1);
        assertThat(deadLetters("too_large")).isEqualTo(1);
        assertThat(deadLetters("production")).isEqualTo(1);
        assertThat(deadLetters("serialization")).isEqualTo(1);
        assertThat(registry.find(WireMetrics.DEAD_LETTERS).counters()).as("counted under the stage, not the application id")
                .filteredOn(c -> c.count() > 0).hasSize(5).allMatch(c -> c.getId().getTag("stage").equals("sink"));
        assertThat(Metrics.globalRegistry.find(WireMetrics.DEAD_LETTERS).meters()).as("counted in the configured registry only")
                .isEmpty();
    }

    @Test
    void refusesToRunWithoutARegistryToCountIn() {
        assertThatThrownBy(() -> new DeadLetterDeserializationHandler().configure(
                Map.of("errors.dead.letter.queue.topic.name", "p.wire.dlq", DeadLetters.STAGE_CONFIG, "wirefeed-sink")))
                .hasMessageContaining(DeadLetters.METER_REGISTRY_CONFIG);
    }

    @Test
    void theStageTagIsTheApplicationIdWithoutItsTopicPrefix() {
        assertThat(DeadLetters.metricStage("wirefeed-enrich")).isEqualTo("enrich");
        assertThat(DeadLetters.metricStage("team-a.wirefeed-sink")).isEqualTo("sink");
        assertThat(DeadLetters.metricStage("streams")).isEqualTo("streams");
    }
}
