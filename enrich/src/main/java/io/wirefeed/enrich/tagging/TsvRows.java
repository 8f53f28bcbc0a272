package io.wirefeed.enrich.tagging;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The rows of a tab-separated data file of the tagger's: lines split at tabs, "#" comments and blank lines left out. */
final class TsvRows {
    private TsvRows() {}

    /** The rows of class-path resource {@code resource}; a missing or unreadable file stops the tagger's start. */
    static List<String[]> read(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = TsvRows.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    rows.add(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rows;
    }
}
