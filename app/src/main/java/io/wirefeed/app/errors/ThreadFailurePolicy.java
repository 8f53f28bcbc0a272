package io.wirefeed.app.errors;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens when a stream thread dies of an error no handler took: the thread is replaced, unless
 * {@code maxFailures} threads died within {@code window} — then the application stops (and the process
 * with it, so that a supervisor restarts it) instead of failing in a loop.
 */
public final class ThreadFailurePolicy implements StreamsUncaughtExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ThreadFailurePolicy.class);

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Deque<Long> failures = new ArrayDeque<>();

    public ThreadFailurePolicy(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    @Override
    public synchronized StreamThreadExceptionResponse handle(Throwable error) {
        long now = clock.millis();
        failures.addLast(now);
        while (!failures.isEmpty() && failures.peekFirst() < now - window.toMillis()) {
            failures.removeFirst();
        }
        if (failures.size() >= maxFailures) {
            log.error("{} stream threads failed within {}; stopping", failures.size(), window, error);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        }
        log.error("stream thread failed ({} within {}), replacing it", failures.size(), window, error);
        return StreamThreadExceptionResponse.REPLACE_THREAD;
    }
}
