package io.wirefeed.app.errors;

import io.micrometer.core.instrument.Counter;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An output record the broker refuses for good (too large, invalid) or that cannot be serialised goes to the
 * dead-letter topic as its source record, instead of stopping the stream thread; a passing broker error is
 * retried.
 */
public final class DeadLetterProductionHandler implements ProductionExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(DeadLetterProductionHandler.class);
    private DeadLetters deadLetters;
    private Counter tooLarge;
    private Counter refused;
    private Counter unserialisable;

    @Override
    public void configure(Map<String, ?> configs) {
        deadLetters = DeadLetters.from(configs);
        tooLarge = deadLetters.counter("too_large");
        refused = deadLetters.counter("production");
        unserialisable = deadLetters.counter("serialization");
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception error) {
        if (error instanceof RetriableException) {
            return Response.retry();
        }
        log.warn("output to {} refused, source {}-{}@{} dead-lettered: {}", record.topic(), context.topic(),
                context.partition(), context.offset(), DeadLetters.reason(error));
        (error instanceof RecordTooLargeException ? tooLarge : refused).increment();
        return Response.resume(deadLetters.of(context, error));
    }

    @Override
    public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record, Exception error,
            SerializationExceptionOrigin origin) {
        log.warn("cannot serialise the {} of an output record, source {}-{}@{} dead-lettered: {}", origin, context.topic(),
                context.partition(), context.offset(), DeadLetters.reason(error));
        unserialisable.increment();
        return Response.resume(deadLetters.of(context, error));
    }
}
