package io.wirefeed.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.wirefeed.ingest.format.StoryReader;
import io.wirefeed.ingest.format.UnreadableStoryException;
import io.wirefeed.model.WireMetrics;
import io.wirefeed.model.WireStory;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * The one path from input bytes to {@code wire.raw} that every channel (inbox folder, HTTP, feeds) takes:
 * read (format detected from the content) → ledger check → publish → wait for the broker's acknowledgement
 * → record in the {@link PublishedLedger}. A story whose id was already published with the same or a higher
 * version is not published again by this instance, whichever channel it came through and whenever; a higher
 * version is published as a new record with the same key. The ledger is this instance's cache, not the
 * pipeline's once-per-story authority (enrich's {@code seen-stories} store is): another ingest instance may
 * publish the same story, and enrich tags it once.
 *
 * <p>Channels run on threads of their own: while one of them publishes a story id, another offering the same
 * id waits for the outcome (ids are claimed in sorted order, so two inputs never wait on each other), then
 * sees it in the ledger; if the first publish failed it publishes the story itself.
 *
 * <p>Counts what became of each story in {@code wirefeed_stories_total{stage="ingest"}} (published, duplicate,
 * failed, dead_letter) and dead letters by {@link DeadLetterCategory} in {@code wirefeed_dead_letters_total}.
 */
public final class Ingestor {
    public static final Duration DEFAULT_ACK_TIMEOUT = Duration.ofSeconds(60);

    private final StoryReader reader;
    private final StoryPublisher publisher;
    private final PublishedLedger ledger;
    private final Clock clock;
    private final Duration ackTimeout;
    private final ConcurrentHashMap<String, CompletableFuture<Void>> inFlight = new ConcurrentHashMap<>();
    private final Counter published;
    private final Counter duplicate;
    private final Counter failed;
    private final Counter deadLettered;
    private final Map<DeadLetterCategory, Counter> deadLetters = new EnumMap<>(DeadLetterCategory.class);

    /** @param registry where the counts go (the process's registry; a test's own) */
    public Ingestor(StoryReader reader, StoryPublisher publisher, PublishedLedger ledger, Clock clock, Duration ackTimeout,
            MeterRegistry registry) {
        this.reader = reader;
        this.publisher = publisher;
        this.ledger = ledger;
        this.clock = clock;
        this.ackTimeout = ackTimeout;
        WireMetrics meters = new WireMetrics(registry);
        published = meters.stories(WireMetrics.STAGE_INGEST, "published");
        duplicate = meters.stories(WireMetrics.STAGE_INGEST, "duplicate");
        failed = meters.stories(WireMetrics.STAGE_INGEST, "failed");
        deadLettered = meters.stories(WireMetrics.STAGE_INGEST, "dead_letter");
        // every category up front: each series is scraped from 0, so its first dead letter shows as an increase
        for (DeadLetterCategory c : DeadLetterCategory.values()) {
            deadLetters.put(c, meters.deadLetters(WireMetrics.STAGE_INGEST, c.label()));
        }
    }

    public Ingestor(StoryReader reader, StoryPublisher publisher, PublishedLedger ledger, MeterRegistry registry) {
        this(reader, publisher, ledger, Clock.systemUTC(), DEFAULT_ACK_TIMEOUT, registry);
    }

    /**
     * What became of one input.
     *
     * @param stories    the distinct stories it held (the highest version of each id), in input order
     * @param published  those published now (acknowledged by the broker)
     * @param duplicates those not published: that version or a higher one was published before
     */
    public record Result(List<WireStory> stories, List<WireStory> published, List<WireStory> duplicates) {
        public List<String> ids() {
            return stories.stream().map(WireStory::id).toList();
        }

        public List<String> duplicateIds() {
            return duplicates.stream().map(WireStory::id).toList();
        }
    }

    /** Reads {@code bytes} and publishes the stories they hold that were not published before. */
    public Result ingest(byte[] bytes) throws UnreadableStoryException, PublishException, InterruptedException {
        return publish(read(bytes));
    }

    /** The stories in {@code bytes}; a parser failure is reported as unreadable input like any other. */
    public List<WireStory> read(byte[] bytes) throws UnreadableStoryException {
        try {
            return reader.read(bytes, clock.instant());
        } catch (RuntimeException e) {
            throw new UnreadableStoryException("parser failure: " + e, e);
        }
    }

    /** Publishes those of {@code input} not already published (same id, same or higher version); waits for the acks. */
    public Result publish(List<WireStory> input) throws PublishException, InterruptedException {
        Map<String, WireStory> distinct = new LinkedHashMap<>();
        List<WireStory> duplicates = new ArrayList<>();
        for (WireStory s : input) {
            WireStory seen = distinct.get(s.id());
            if (seen == null || s.version() > seen.version()) {
                distinct.put(s.id(), s);
            }
        }
        long deadline = System.nanoTime() + 2 * ackTimeout.toNanos();
        Map<String, CompletableFuture<Void>> claims = new TreeMap<>();
        try {
            for (String id : new TreeMap<>(distinct).keySet()) {
                claims.put(id, claim(id, deadline));
            }
            List<WireStory> send = new ArrayList<>();
            for (WireStory s : distinct.values()) {
                if (ledger.isPublished(s.id(), s.version())) {
                    duplicates.add(s);
                } else {
                    send.add(s);
                }
            }
            List<Future<RecordMetadata>> acks = new ArrayList<>();
            for (WireStory s : send) {
                try {
                    acks.add(publisher.publish(s));
                } catch (RuntimeException e) { // a closed producer, a serializer failure
                    acks.add(CompletableFuture.failedFuture(e));
                }
            }
            List<WireStory> acked = new ArrayList<>();
            Exception failure = null;
            for (int i = 0; i < acks.size(); i++) {
                try {
                    acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    acked.add(send.get(i));
                } catch (ExecutionException | TimeoutException e) {
                    failure = failure == null ? e : failure;
                }
            }
            if (!acked.isEmpty()) {
                ledger.recordAll(acked.stream().map(WireStory::id).toArray(String[]::new),
                        acked.stream().mapToInt(WireStory::version).toArray());
            }
            published.increment(acked.size());
            duplicate.increment(duplicates.size());
            // attempts: the channel retries them (inbox, feed) or the client does (HTTP 503)
            failed.increment(send.size() - acked.size());
            if (failure != null) {
                throw new PublishException("Kafka did not acknowledge " + (send.size() - acked.size()) + " of "
                        + send.size() + " stories: " + message(failure), failure);
            }
            return new Result(List.copyOf(distinct.values()), List.copyOf(send), List.copyOf(duplicates));
        } finally {
            claims.forEach((id, claim) -> {
                inFlight.remove(id, claim);
                claim.complete(null);
            });
        }
    }

    /** Sends unreadable input to {@code wire.dlq} (stage {@code ingest}) and waits for the broker's ack. */
    public void deadLetter(String source, byte[] original, String reason, Throwable error)
            throws PublishException, InterruptedException {
        try {
            publisher.deadLetter(source, original, reason, error).get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
            deadLettered.increment();
            deadLetters.get(DeadLetterCategory.of(reason)).increment();
        } catch (ExecutionException | TimeoutException e) {
            throw new PublishException("Kafka did not acknowledge the dead letter of " + source + ": " + message(e), e);
        }
    }

    /** Becomes the one publisher of {@code id} until released; waits while another input holds it. */
    private CompletableFuture<Void> claim(String id, long deadline) throws PublishException, InterruptedException {
        while (true) {
            CompletableFuture<Void> mine = new CompletableFuture<>();
            CompletableFuture<Void> other = inFlight.putIfAbsent(id, mine);
            if (other == null) {
                return mine;
            }
            try {
                other.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (ExecutionException e) {
                // never completed exceptionally; look again
            } catch (TimeoutException e) {
                throw new PublishException("story " + id + " is still being published through another channel", e);
            }
        }
    }

    private static String message(Exception e) {
        Throwable t = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        return t.getMessage() != null ? t.getMessage() : t.toString();
    }
}
