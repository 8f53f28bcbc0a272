package io.wirefeed.app;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

/**
 * All of wirefeed's settings in one typed place. Each key is resolved, last wins: its default, then a
 * properties file ({@code --config FILE}), then the environment ({@code WIREFEED_} + the key in capitals
 * with dots as underscores, e.g. {@code WIREFEED_BOOTSTRAP_SERVERS}), then the command line. Any key
 * starting with {@code kafka.} is handed to every Kafka client without the prefix (SASL, SSL, tuning).
 * A bad value fails at start with a message that names the key.
 */
public record WirefeedConfig(
        String bootstrapServers,
        String topicPrefix,
        int partitions,
        int regionPartitions,
        short replicationFactor,
        Path stateDir,
        Path inbox,
        int maxStoryBytes,
        int maxDeadLetterBytes,
        Duration inboxPoll,
        Path kbOverlay,
        Path watchlistFile,
        Path gazetteerFile,
        int httpPort,
        String httpBind,
        String httpToken,
        int httpMaxBytes,
        List<URI> feeds,
        Duration feedPoll,
        int monitorPort,
        String monitorBind,
        String monitorAdvertised,
        double spikeFactor,
        int spikeMinStories,
        int metricsPort,
        boolean enrichDedupe,
        Map<String, String> kafka) {

    /** The keys, their defaults and what they mean; the README's configuration table lists the same. */
    public enum Key {
        BOOTSTRAP_SERVERS("bootstrap.servers", "127.0.0.1:9092", "Kafka bootstrap servers"),
        TOPIC_PREFIX("topic.prefix", "", "prefix for every topic name (wire.raw, wire.enriched, ...)"),
        PARTITIONS("topic.partitions", "6", "partitions of wire.raw, wire.enriched and wire.dlq when wirefeed creates them"),
        REGION_PARTITIONS("region.topic.partitions", "2", "partitions of each wire.region.<slug> topic the sink creates"),
        REPLICATION_FACTOR("topic.replication.factor", "1", "replication factor of topics wirefeed creates"),
        STATE_DIR("state.dir", ".wirefeed/state", "Kafka Streams state directory"),
        INBOX("inbox", "inbox", "folder watched by ingest"),
        MAX_STORY_BYTES("max.story.bytes", "5242880", "largest input accepted; larger goes to wire.dlq"),
        MAX_DLQ_BYTES("max.dlq.bytes", "1048576", "original bytes kept in a dead letter"),
        INBOX_POLL_MS("inbox.poll.ms", "1000", "inbox rescan interval (file events wake it earlier)"),
        KB_OVERLAY("kb.overlay", "", "YAML file adding people and organisations to the knowledge base"),
        WATCHLIST_FILE("watchlist.file", "", "YAML file of watch-list rules the sink matches (reloaded when it changes)"),
        GAZETTEER_FILE("gazetteer.file", "", "GeoNames file (cities1000.txt layout) widening the built-in gazetteer"),
        HTTP_PORT("http.port", "8081", "port of the HTTP channel (POST /stories); 0 turns it off"),
        HTTP_BIND("http.bind", "127.0.0.1", "address the HTTP channel listens on"),
        HTTP_TOKEN("http.token", "", "bearer token POST /stories requires; none: the endpoint is open"),
        HTTP_MAX_BYTES("http.max.bytes", "", "largest HTTP request body (default: max.story.bytes); larger gets 413"),
        FEED_URLS("feed.urls", "", "RSS/Atom feeds to poll, comma-separated (--feed URL, repeatable)"),
        FEED_POLL_SECONDS("feed.poll.seconds", "300", "feed polling interval"),
        MONITOR_PORT("monitor.port", "8080", "port of the live page, the query API and /metrics; 0 turns it off"),
        MONITOR_BIND("monitor.bind", "127.0.0.1", "address the live page and query API listen on"),
        MONITOR_ADVERTISED("monitor.advertised", "", "host:port other monitor instances reach this one at (default: bind:port)"),
        SPIKE_FACTOR("spike.factor", "3", "a spike: the last hour's stories at least this many times the trailing day's hourly mean"),
        SPIKE_MIN_STORIES("spike.min.stories", "5", "and at least this many stories in the last hour"),
        METRICS_PORT("metrics.port", "0", "port of a /metrics-only endpoint for ingest, enrich and sink run alone; 0: off"),
        ENRICH_DEDUPE("enrich.dedupe", "true", "enrich tags each story version once however many copies reach wire.raw; false tags every copy");

        final String name;
        final String defaultValue;
        final String description;

        Key(String name, String defaultValue, String description) {
            this.name = name;
            this.defaultValue = defaultValue;
            this.description = description;
        }

        public String env() {
            return "WIREFEED_" + name.toUpperCase(Locale.ROOT).replace('.', '_');
        }
    }

    /** Resolves the configuration from a file (may be null), the environment and command-line values. */
    public static WirefeedConfig resolve(Path file, Map<String, String> env, Map<String, String> cli) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Key k : Key.values()) {
            values.put(k.name, k.defaultValue);
        }
        if (file != null) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the configuration file " + file, e);
            }
            p.stringPropertyNames().forEach(n -> values.put(n, p.getProperty(n)));
        }
        for (Key k : Key.values()) {
            if (env.containsKey(k.env())) {
                values.put(k.name, env.get(k.env()));
            }
        }
        env.forEach((name, v) -> {
            if (name.startsWith("WIREFEED_KAFKA_")) {
                values.put("kafka." + name.substring(15).toLowerCase(Locale.ROOT).replace('_', '.'), v);
            }
        });
        values.putAll(cli);
        for (String name : values.keySet()) {
            if (!name.startsWith("kafka.") && List.of(Key.values()).stream().noneMatch(k -> k.name.equals(name))) {
                throw new IllegalArgumentException("unknown configuration key '" + name + "'; known keys: "
                        + List.of(Key.values()).stream().map(k -> k.name).toList() + " and kafka.*");
            }
        }
        Map<String, String> kafka = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith("kafka.")) {
                kafka.put(k.substring(6), v);
            }
        });
        String overlay = values.get(Key.KB_OVERLAY.name);
        int maxStoryBytes = require(values, Key.MAX_STORY_BYTES, WirefeedConfig::positive);
        String httpMax = values.get(Key.HTTP_MAX_BYTES.name);
        String token = values.get(Key.HTTP_TOKEN.name);
        return new WirefeedConfig(
                require(values, Key.BOOTSTRAP_SERVERS, s -> s),
                values.get(Key.TOPIC_PREFIX.name),
                require(values, Key.PARTITIONS, WirefeedConfig::positive),
                require(values, Key.REGION_PARTITIONS, WirefeedConfig::positive),
                require(values, Key.REPLICATION_FACTOR, s -> (short) positive(s)),
                require(values, Key.STATE_DIR, Path::of),
                require(values, Key.INBOX, Path::of),
                maxStoryBytes,
                require(values, Key.MAX_DLQ_BYTES, WirefeedConfig::positive),
                require(values, Key.INBOX_POLL_MS, s -> Duration.ofMillis(positive(s))),
                overlay == null || overlay.isBlank() ? null : Path.of(overlay),
                optional(values, Key.WATCHLIST_FILE, Path::of, null),
                optional(values, Key.GAZETTEER_FILE, Path::of, null),
                require(values, Key.HTTP_PORT, WirefeedConfig::port),
                require(values, Key.HTTP_BIND, s -> s),
                token == null || token.isBlank() ? null : token.trim(),
                httpMax == null || httpMax.isBlank() ? maxStoryBytes : require(values, Key.HTTP_MAX_BYTES, WirefeedConfig::positive),
                optional(values, Key.FEED_URLS, WirefeedConfig::feedUrls, List.of()),
                require(values, Key.FEED_POLL_SECONDS, s -> Duration.ofSeconds(positive(s))),
                require(values, Key.MONITOR_PORT, WirefeedConfig::port),
                require(values, Key.MONITOR_BIND, s -> s),
                optional(values, Key.MONITOR_ADVERTISED, s -> s, null),
                require(values, Key.SPIKE_FACTOR, WirefeedConfig::above1),
                require(values, Key.SPIKE_MIN_STORIES, WirefeedConfig::positive),
                require(values, Key.METRICS_PORT, WirefeedConfig::port),
                require(values, Key.ENRICH_DEDUPE, WirefeedConfig::bool),
                Map.copyOf(kafka));
    }

    private static <T> T require(Map<String, String> values, Key key, Function<String, T> parse) {
        String v = values.get(key.name);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("configuration key '" + key.name + "' (" + key.env() + ") is empty");
        }
        try {
            return parse.apply(v.trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("configuration key '" + key.name + "' has a bad value '" + v + "': "
                    + e.getMessage(), e);
        }
    }

    private static <T> T optional(Map<String, String> values, Key key, Function<String, T> parse, T none) {
        String v = values.get(key.name);
        return v == null || v.isBlank() ? none : require(values, key, parse);
    }

    private static int port(String s) {
        int n = Integer.parseInt(s);
        if (n < 0 || n > 65535) {
            throw new IllegalArgumentException("must be a port number from 1 to 65535, or 0 for off");
        }
        return n;
    }

    /** Comma-separated absolute http(s) URLs. */
    static List<URI> feedUrls(String s) {
        List<URI> urls = new ArrayList<>();
        for (String part : s.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            URI u = URI.create(part.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
                throw new IllegalArgumentException(part.strip() + " is not an absolute http or https URL");
            }
            urls.add(u);
        }
        return List.copyOf(urls);
    }

    /** Without the HTTP token, which is a secret. */
    @Override
    public String toString() {
        return "WirefeedConfig[bootstrapServers=" + bootstrapServers + ", topicPrefix=" + topicPrefix + ", stateDir=" + stateDir
                + ", inbox=" + inbox + ", http=" + (httpPort == 0 ? "off" : httpBind + ":" + httpPort)
                + (httpToken == null ? " (open)" : " (token set)") + ", feeds=" + feeds + ", kafka keys=" + kafka.keySet() + "]";
    }

    private static double above1(String s) {
        double d = Double.parseDouble(s);
        if (!(d > 1.0)) {
            throw new IllegalArgumentException("must be a number above 1");
        }
        return d;
    }

    private static boolean bool(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("must be true or false");
        };
    }

    private static int positive(String s) {
        int n = Integer.parseInt(s);
        if (n <= 0) {
            throw new IllegalArgumentException("must be a positive number");
        }
        return n;
    }
}
