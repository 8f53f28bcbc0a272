package io.wirefeed.app.errors;

import io.micrometer.core.instrument.Counter;
import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A record a processor fails on (a story the tagger cannot handle) goes to the dead-letter topic; the next one is processed. */
public final class DeadLetterProcessingHandler implements ProcessingExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(DeadLetterProcessingHandler.class);
    private DeadLetters deadLetters;
    private Counter counted;

    @Override
    public void configure(Map<String, ?> configs) {
        deadLetters = DeadLetters.from(configs);
        counted = deadLetters.counter("processing");
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception error) {
        log.warn("processor {} failed on {}-{}@{}, dead-lettered: {}", context.processorNodeId(), context.topic(),
                context.partition(), context.offset(), DeadLetters.reason(error));
        counted.increment();
        return Response.resume(deadLetters.of(context, error));
    }
}
