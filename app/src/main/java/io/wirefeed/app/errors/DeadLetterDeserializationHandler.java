package io.wirefeed.app.errors;

import io.micrometer.core.instrument.Counter;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A record whose bytes cannot be read goes to the dead-letter topic, and processing goes on. */
public final class DeadLetterDeserializationHandler implements DeserializationExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(DeadLetterDeserializationHandler.class);
    private DeadLetters deadLetters;
    private Counter counted;

    @Override
    public void configure(Map<String, ?> configs) {
        deadLetters = DeadLetters.from(configs);
        counted = deadLetters.counter("deserialization");
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception error) {
        log.warn("unreadable record {}-{}@{} dead-lettered: {}", context.topic(), context.partition(), context.offset(),
                DeadLetters.reason(error));
        counted.increment();
        return Response.resume(deadLetters.of(context, error));
    }
}
