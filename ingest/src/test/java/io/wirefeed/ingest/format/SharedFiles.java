package io.wirefeed.ingest.format;

import java.nio.file.Files;
import java.nio.file.Path;

/** The team's shared folder beside the checkout ({@code ../shared}), read by some checks, never committed. */
final class SharedFiles {
    private SharedFiles() {}

    /** The folder under shared/, or null when this machine has no shared folder. */
    static Path dir(String sub) {
        String configured = System.getProperty("wirefeed.shared");
        Path root = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
        Path dir = root.resolve(sub).toAbsolutePath().normalize();
        return Files.isDirectory(dir) ? dir : null;
    }
}
