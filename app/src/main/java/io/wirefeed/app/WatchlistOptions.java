package io.wirefeed.app;

import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** The watch-list option of the commands that match rules ({@code sink}, {@code up}). */
final class WatchlistOptions {
    @Option(names = "--watchlist", paramLabel = "FILE", description = "YAML file of watch-list rules (reloaded when it changes)")
    Path watchlist;

    /** The settings this option gives. */
    Map<String, String> overrides() {
        return watchlist == null ? Map.of() : Map.of(WirefeedConfig.WATCHLIST_FILE_CONFIG, watchlist.toString());
    }
}
