package io.wirefeed.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The ingest channel options of {@code up} and {@code ingest}: feeds to poll and the HTTP port. */
final class ChannelOptions {
    @Option(names = "--feed", paramLabel = "URL",
            description = "RSS or Atom feed to poll every feed.poll.seconds (repeatable; replaces feed.urls)")
    List<String> feeds = List.of();

    @Option(names = "--http-port", paramLabel = "PORT",
            description = "port of the HTTP channel, POST /stories (default 8081 on http.bind 127.0.0.1; 0 turns it off)")
    Integer httpPort;

    /** The settings these options give. */
    Map<String, String> overrides() {
        Map<String, String> m = new LinkedHashMap<>();
        if (httpPort != null) {
            m.put(WirefeedConfig.HTTP_PORT_CONFIG, httpPort.toString());
        }
        if (!feeds.isEmpty()) {
            m.put(WirefeedConfig.FEED_URLS_CONFIG, String.join(",", feeds));
        }
        return m;
    }
}
