package io.wirefeed.ingest.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Format documents for the parsers' whole-document checks: the fixtures written for these tests
 * ({@code src/test/resources/formats}, always read), plus the real agency documents of the team's shared folder
 * ({@code ../shared/eval/formats-real}, never committed) when this machine has it. {@code -Dwirefeed.shared=DIR}
 * names the shared folder; naming one that does not exist fails the test instead of leaving it out.
 */
final class SharedFiles {
    static final String PROPERTY = "wirefeed.shared";

    private SharedFiles() {}

    /** The documents whose file names start with {@code prefix}, fixtures first; says on stdout what it read. */
    static List<Path> documents(String prefix) {
        List<Path> docs = new ArrayList<>(list(fixtures(), prefix));
        int fixtures = docs.size();
        Path real = realDocuments();
        if (real != null) {
            docs.addAll(list(real, prefix));
        }
        System.out.printf("%s documents: %d fixtures, %d real ones from %s%n", prefix, fixtures, docs.size() - fixtures,
                real == null ? "(no shared folder beside the checkout; -D" + PROPERTY + "=DIR names one)" : real);
        return docs;
    }

    private static Path fixtures() {
        try {
            return Path.of(SharedFiles.class.getResource("/formats").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The shared folder's real documents, null when there is none and none was asked for. */
    private static Path realDocuments() {
        String configured = System.getProperty(PROPERTY);
        Path root = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
        Path dir = root.resolve("eval/formats-real").toAbsolutePath().normalize();
        if (Files.isDirectory(dir)) {
            return dir;
        }
        if (configured != null) {
            throw new AssertionError("-D" + PROPERTY + "=" + configured + " names a shared folder without eval/formats-real ("
                    + dir + " does not exist)");
        }
        return null;
    }

    private static List<Path> list(Path dir, String prefix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
