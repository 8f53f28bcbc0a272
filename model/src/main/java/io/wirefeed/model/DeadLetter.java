package io.wirefeed.model;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The headers every dead letter on {@code wire.dlq} carries: which stage gave up, why, and where the
 * record came from. The value is always the original bytes (truncated to a configured limit by ingest).
 */
public final class DeadLetter {
    public static final String STAGE = "wirefeed.dlq.stage";
    public static final String REASON = "wirefeed.dlq.reason";
    public static final String EXCEPTION = "wirefeed.dlq.exception";
    public static final String SOURCE = "wirefeed.dlq.source";
    public static final String SOURCE_TOPIC = "wirefeed.dlq.source.topic";
    public static final String SOURCE_PARTITION = "wirefeed.dlq.source.partition";
    public static final String SOURCE_OFFSET = "wirefeed.dlq.source.offset";
    public static final String ORIGINAL_SIZE = "wirefeed.dlq.original.size";

    private DeadLetter() {}

    /** Headers for a dead letter: stage and reason always, the exception class when there was one. */
    public static Headers headers(String stage, String reason, Throwable error) {
        Headers h = new RecordHeaders();
        WireHeaders.put(h, STAGE, stage);
        WireHeaders.put(h, REASON, reason == null || reason.isBlank() ? "unknown" : reason);
        if (error != null) {
            WireHeaders.put(h, EXCEPTION, error.getClass().getName());
        }
        return h;
    }
}
