package io.wirefeed.sink.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The watch list of a file, reloaded when the file changes (looked at most every {@code checkEvery}), so
 * rules can be edited without a restart. A file that no longer parses keeps the last good rules in force.
 */
public final class WatchListFile implements Supplier<WatchList> {
    private static final Logger log = LoggerFactory.getLogger(WatchListFile.class);

    private final Path file;
    private final Duration checkEvery;
    private final Clock clock;
    private volatile WatchList current;
    private volatile FileTime loadedVersion;
    private volatile long nextCheck;

    public WatchListFile(Path file, Duration checkEvery, Clock clock) {
        this.file = file;
        this.checkEvery = checkEvery;
        this.clock = clock;
        this.current = WatchList.read(file); // a broken file at start is an error the operator must see
        this.loadedVersion = modified();
        log.info("watch list {}: {} rules", file, current.rules().size());
    }

    @Override
    public WatchList get() {
        long now = clock.millis();
        if (now >= nextCheck) {
            nextCheck = now + checkEvery.toMillis();
            FileTime m = modified();
            if (m != null && !m.equals(loadedVersion)) {
                try {
                    current = WatchList.read(file);
                    log.info("watch list {} reloaded: {} rules", file, current.rules().size());
                } catch (RuntimeException e) {
                    log.error("watch list {} not reloaded, the previous rules stay in force: {}", file, e.getMessage());
                }
                loadedVersion = m;
            }
        }
        return current;
    }

    private FileTime modified() {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return null;
        }
    }
}
