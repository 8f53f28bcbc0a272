package io.wirefeed.ingest.channel;

import io.wirefeed.ingest.Ingestor;
import io.wirefeed.ingest.PublishException;
import io.wirefeed.ingest.format.UnreadableStoryException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a folder for story files. Each file goes through the {@link Ingestor} (read, ledger check, publish)
 * and is moved to {@code done/} only once the broker has acknowledged its stories, so a restart never
 * publishes a finished file again; a file whose stories were all published before (through any channel) is
 * moved to {@code done/} without publishing. Files that cannot be read go to the dead-letter topic and to
 * {@code failed/} with a {@code .reason} file beside them. Hidden files and names ending in {@code .tmp} or
 * {@code .part} are still being written and are left alone, and so is any file changed within the last
 * {@link #DEFAULT_SETTLE}: a system that writes a story in place must not have it read half-written.
 */
public final class InboxWatcher implements Runnable, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(InboxWatcher.class);

    private final Path inbox;
    private final Path done;
    private final Path failed;
    private final Ingestor ingestor;
    private final Duration pollInterval;
    private final Duration settle;
    private volatile boolean running = true;

    /** How long a file must be left unchanged before it is read. */
    public static final Duration DEFAULT_SETTLE = Duration.ofMillis(500);

    public InboxWatcher(Path inbox, Ingestor ingestor, Duration pollInterval) {
        this(inbox, ingestor, pollInterval, DEFAULT_SETTLE);
    }

    public InboxWatcher(Path inbox, Ingestor ingestor, Duration pollInterval, Duration settle) {
        this.settle = settle;
        this.inbox = inbox;
        this.done = inbox.resolve("done");
        this.failed = inbox.resolve("failed");
        this.ingestor = ingestor;
        this.pollInterval = pollInterval;
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
        long settledBefore = System.currentTimeMillis() - settle.toMillis();
        try (Stream<Path> list = Files.list(inbox)) {
            files = list.filter(Files::isRegularFile).filter(InboxWatcher::isReady).filter(p -> modified(p) <= settledBefore)
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
            Ingestor.Result result = ingestor.ingest(bytes);
            move(file, done.resolve(file.getFileName()));
            int n = result.stories().size();
            if (result.published().isEmpty()) {
                log.info("{}: already published ({} stor{}), moved to done/ without publishing", file.getFileName(), n,
                        n == 1 ? "y" : "ies");
            } else {
                log.info("published {} ({} stor{}{})", file.getFileName(), result.published().size(),
                        result.published().size() == 1 ? "y" : "ies",
                        result.duplicates().isEmpty() ? "" : "; " + result.duplicates().size() + " published before");
            }
            return true;
        } catch (UnreadableStoryException e) {
            return deadLetter(file, bytes, e.getMessage(), e);
        } catch (PublishException e) {
            log.warn("Kafka did not take {} (will retry): {}", file.getFileName(), e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
            return false;
        } catch (RuntimeException e) {
            log.error("cannot ingest {} (will retry): {}", file.getFileName(), e.toString());
            return false;
        }
    }

    private boolean deadLetter(Path file, byte[] bytes, String reason, Throwable error) {
        try {
            ingestor.deadLetter(file.getFileName().toString(), bytes, reason, error);
            Path target = failed.resolve(file.getFileName());
            move(file, target);
            Files.writeString(failed.resolve(file.getFileName() + ".reason"), reason + "\n", StandardCharsets.UTF_8);
            log.warn("dead-lettered {}: {}", file.getFileName(), reason);
            return true;
        } catch (PublishException e) {
            log.warn("Kafka did not take the dead letter for {} (will retry): {}", file.getFileName(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } catch (IOException | UncheckedIOException e) {
            log.error("cannot move {} to failed/: {}", file, e.getMessage());
        }
        return false;
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
