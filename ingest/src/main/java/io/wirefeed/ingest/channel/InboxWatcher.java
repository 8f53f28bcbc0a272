package io.wirefeed.ingest.channel;

import io.wirefeed.ingest.StoryPublisher;
import io.wirefeed.ingest.format.StoryReader;
import io.wirefeed.ingest.format.UnreadableStoryException;
import io.wirefeed.model.WireStory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a folder for story files. Each file is read, published, and only once the broker has
 * acknowledged it moved to {@code done/}, so a restart never publishes a finished file again; files that
 * cannot be read go to the dead-letter topic and to {@code failed/} with a {@code .reason} file beside them.
 * Hidden files and names ending in {@code .tmp} or {@code .part} are still being written and are left alone.
 */
public final class InboxWatcher implements Runnable, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(InboxWatcher.class);
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(60);

    private final Path inbox;
    private final Path done;
    private final Path failed;
    private final StoryReader reader;
    private final StoryPublisher publisher;
    private final Duration pollInterval;
    private final Clock clock;
    private volatile boolean running = true;

    public InboxWatcher(Path inbox, StoryReader reader, StoryPublisher publisher, Duration pollInterval, Clock clock) {
        this.inbox = inbox;
        this.done = inbox.resolve("done");
        this.failed = inbox.resolve("failed");
        this.reader = reader;
        this.publisher = publisher;
        this.pollInterval = pollInterval;
        this.clock = clock;
        try {
            Files.createDirectories(done);
            Files.createDirectories(failed);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the inbox folders under " + inbox, e);
        }
    }

    /** Watches until {@link #close()}: a scan on every file-system event, and at least every poll interval. */
    @Override
    public void run() {
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            inbox.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            while (running) {
                scanOnce();
                var key = watch.poll(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + inbox, e);
        }
    }

    /** Handles every file now in the inbox; returns how many were handled. */
    public int scanOnce() {
        List<Path> files;
        try (Stream<Path> list = Files.list(inbox)) {
            files = list.filter(Files::isRegularFile).filter(InboxWatcher::isReady)
                    .sorted(Comparator.comparing(InboxWatcher::modified).thenComparing(Path::toString)).toList();
        } catch (IOException e) {
            log.warn("cannot list {}: {}", inbox, e.getMessage());
            return 0;
        }
        int handled = 0;
        for (Path file : files) {
            if (!running) {
                break;
            }
            if (handle(file)) {
                handled++;
            }
        }
        return handled;
    }

    private boolean handle(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            log.warn("cannot read {} (will retry): {}", file, e.getMessage());
            return false;
        }
        try {
            List<WireStory> stories = reader.read(bytes, clock.instant());
            List<Future<?>> acks = stories.stream().<Future<?>>map(publisher::publish).toList();
            awaitAll(acks);
            move(file, done.resolve(file.getFileName()));
            log.info("published {} ({} stor{})", file.getFileName(), stories.size(), stories.size() == 1 ? "y" : "ies");
            return true;
        } catch (UnreadableStoryException e) {
            return deadLetter(file, bytes, e.getMessage(), e);
        } catch (RuntimeException e) {
            return deadLetter(file, bytes, "parser failure: " + e, e);
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Kafka did not take {} (will retry): {}", file.getFileName(), e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
            return false;
        }
    }

    private boolean deadLetter(Path file, byte[] bytes, String reason, Throwable error) {
        try {
            awaitAll(List.of(publisher.deadLetter(file.getFileName().toString(), bytes, reason, error)));
            Path target = failed.resolve(file.getFileName());
            move(file, target);
            Files.writeString(failed.resolve(file.getFileName() + ".reason"), reason + "\n", StandardCharsets.UTF_8);
            log.warn("dead-lettered {}: {}", file.getFileName(), reason);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Kafka did not take the dead letter for {} (will retry): {}", file.getFileName(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } catch (IOException e) {
            log.error("cannot move {} to failed/: {}", file, e.getMessage());
        }
        return false;
    }

    private static void awaitAll(List<Future<?>> acks) throws ExecutionException, TimeoutException, InterruptedException {
        for (Future<?> f : acks) {
            f.get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + from + " to " + to, e);
        }
    }

    private static boolean isReady(Path p) {
        String name = p.getFileName().toString();
        return !name.startsWith(".") && !name.endsWith(".tmp") && !name.endsWith(".part");
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    @Override
    public void close() {
        running = false;
    }
}
