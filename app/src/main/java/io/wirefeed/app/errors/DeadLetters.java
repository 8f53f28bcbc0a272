package io.wirefeed.app.errors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.wirefeed.model.DeadLetter;
import io.wirefeed.model.WireHeaders;
import io.wirefeed.model.WireMetrics;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/**
 * Builds the dead letter of a record a Streams stage could not handle: the source record's original key
 * and value, with wirefeed's headers (stage, reason, exception class, source topic, partition and offset).
 * The stage name, the dead-letter topic and the registry come from the Streams configuration
 * ({@value #STAGE_CONFIG}, {@code errors.dead.letter.queue.topic.name} and {@value #METER_REGISTRY_CONFIG}):
 * Kafka Streams makes the handlers itself, so its configuration is the one way to hand them the process's
 * registry. Each dead letter is counted in {@code wirefeed_dead_letters_total{stage, reason}}, the reason
 * being the handler's kind of failure.
 */
public final class DeadLetters {
    /** The stage's application id (a string). */
    public static final String STAGE_CONFIG = "wirefeed.stage";
    /** The {@link MeterRegistry} the dead letters are counted in (an object, not a string). */
    public static final String METER_REGISTRY_CONFIG = "wirefeed.meter.registry";

    private final String stage;
    private final String topic;
    private final WireMetrics meters;

    private DeadLetters(String stage, String topic, MeterRegistry registry) {
        this.stage = stage;
        this.topic = topic;
        this.meters = new WireMetrics(registry);
    }

    /**
     * The stage as a metric tag: the application id without its topic prefix ({@code it-7-wirefeed-enrich} →
     * {@code enrich}), so that every pipeline's stage counts under one name.
     */
    static String metricStage(String stage) {
        int at = stage.lastIndexOf("wirefeed-");
        return at < 0 ? stage : stage.substring(at + "wirefeed-".length());
    }

    /** The counter of this stage's dead letters for {@code reason}, a fixed word such as {@code deserialization}. */
    Counter counter(String reason) {
        return meters.deadLetters(metricStage(stage), reason);
    }

    static DeadLetters from(Map<String, ?> configs) {
        Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        if (topic == null || topic.toString().isBlank()) {
            throw new IllegalArgumentException(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG
                    + " must name the dead-letter topic: wirefeed never drops a record silently");
        }
        if (!(configs.get(METER_REGISTRY_CONFIG) instanceof MeterRegistry registry)) {
            throw new IllegalArgumentException(METER_REGISTRY_CONFIG
                    + " must be the process's MeterRegistry (StreamsProperties.forStage sets it): every dead letter is counted");
        }
        Object stage = configs.get(STAGE_CONFIG);
        return new DeadLetters(stage == null ? "streams" : stage.toString(), topic.toString(), registry);
    }

    List<ProducerRecord<byte[], byte[]>> of(ErrorHandlerContext context, Exception error) {
        Headers h = DeadLetter.headers(stage, reason(error), error);
        WireHeaders.put(h, DeadLetter.SOURCE_TOPIC, context.topic());
        WireHeaders.put(h, DeadLetter.SOURCE_PARTITION, Integer.toString(context.partition()));
        WireHeaders.put(h, DeadLetter.SOURCE_OFFSET, Long.toString(context.offset()));
        WireHeaders.put(h, DeadLetter.SOURCE, context.processorNodeId());
        return List.of(new ProducerRecord<>(topic, null, context.sourceRawKey(), context.sourceRawValue(), h));
    }

    static String reason(Throwable error) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = error; t != null && out.length() < 500; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !out.toString().contains(t.getMessage())) {
                out.append(out.isEmpty() ? "" : ": ").append(t.getMessage());
            }
        }
        return out.isEmpty() ? error.getClass().getSimpleName() : out.toString();
    }
}
