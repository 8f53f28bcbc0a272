package io.wirefeed.app;

import io.wirefeed.model.ninjs.NinjsVersion;
import io.wirefeed.sink.RegionRouting;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.LambdaValidator;
import org.apache.kafka.common.config.ConfigDef.NonEmptyString;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.ValidString;
import org.apache.kafka.common.config.ConfigDef.Validator;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/**
 * All of wirefeed's settings in one typed place, defined as Kafka defines its own: one {@link ConfigDef}
 * ({@link #CONFIG}) gives each key's type, default, validation (a bad value fails at start with a message naming
 * the key) and documentation, from which the README's configuration table is generated ({@link ConfigTable}).
 *
 * <p>Each key is resolved, last wins: its default, then a properties file ({@code --config FILE}), then the
 * environment ({@code WIREFEED_} + the key in capitals with dots as underscores, e.g.
 * {@code WIREFEED_BOOTSTRAP_SERVERS}), then the command line. Any key starting with {@code kafka.} is handed to
 * every Kafka client without the prefix (SASL, SSL, tuning).
 *
 * <p>To add a key: a {@code *_CONFIG} name, a {@code define} line below, a typed accessor, and the README table
 * regenerated ({@code ConfigTableTest} says how).
 */
public final class WirefeedConfig extends AbstractConfig {
    public static final String BOOTSTRAP_SERVERS_CONFIG = "bootstrap.servers";
    public static final String TOPIC_PREFIX_CONFIG = "topic.prefix";
    public static final String PARTITIONS_CONFIG = "topic.partitions";
    public static final String REGION_PARTITIONS_CONFIG = "region.topic.partitions";
    public static final String REPLICATION_FACTOR_CONFIG = "topic.replication.factor";
    public static final String STATE_DIR_CONFIG = "state.dir";
    public static final String INBOX_CONFIG = "inbox";
    public static final String MAX_STORY_BYTES_CONFIG = "max.story.bytes";
    public static final String MAX_DLQ_BYTES_CONFIG = "max.dlq.bytes";
    public static final String INBOX_POLL_MS_CONFIG = "inbox.poll.ms";
    public static final String KB_OVERLAY_CONFIG = "kb.overlay";
    public static final String WATCHLIST_FILE_CONFIG = "watchlist.file";
    public static final String GAZETTEER_FILE_CONFIG = "gazetteer.file";
    public static final String HTTP_PORT_CONFIG = "http.port";
    public static final String HTTP_BIND_CONFIG = "http.bind";
    public static final String HTTP_TOKEN_CONFIG = "http.token";
    public static final String HTTP_MAX_BYTES_CONFIG = "http.max.bytes";
    public static final String FEED_URLS_CONFIG = "feed.urls";
    public static final String FEED_POLL_SECONDS_CONFIG = "feed.poll.seconds";
    public static final String MONITOR_PORT_CONFIG = "monitor.port";
    public static final String MONITOR_BIND_CONFIG = "monitor.bind";
    public static final String MONITOR_ADVERTISED_CONFIG = "monitor.advertised";
    public static final String SPIKE_FACTOR_CONFIG = "spike.factor";
    public static final String SPIKE_MIN_STORIES_CONFIG = "spike.min.stories";
    public static final String METRICS_PORT_CONFIG = "metrics.port";
    public static final String ENRICH_DEDUPE_CONFIG = "enrich.dedupe";
    public static final String NINJS_VERSION_CONFIG = "ninjs.version";
    /** The {@code ninjs.version} that turns {@code wire.enriched.ninjs} off. */
    public static final String NINJS_OFF = "off";
    public static final String STARTUP_TIMEOUT_MS_CONFIG = "startup.timeout.ms";
    public static final String SINK_REGION_TOPICS_CONFIG = "sink.region.topics";
    public static final String SINK_REGION_ROUTING_CONFIG = "sink.region.routing";

    /** Keys starting with this go to every Kafka client, without it. */
    public static final String KAFKA_PREFIX = "kafka.";
    static final String ENV_PREFIX = "WIREFEED_";

    private static final Validator POSITIVE = Range.atLeast(1);
    private static final Validator PORT = Range.between(0, 65535);
    private static final Validator ABOVE_ONE = LambdaValidator.with((name, value) -> {
        if (!((Double) value > 1.0)) {
            throw new ConfigException(name, value, "must be a number above 1");
        }
    }, () -> "above 1");
    private static final Validator HTTP_URLS = LambdaValidator.with((name, value) -> {
        for (Object url : (List<?>) value) {
            if (httpUrl(url.toString()) == null) {
                throw new ConfigException(name, value, url + " is not an absolute http or https URL");
            }
        }
    }, () -> "absolute http(s) URLs");

    private static final Validator REGION_SLUGS = LambdaValidator.with((name, value) -> {
        List<?> slugs = (List<?>) value;
        if (slugs.isEmpty() || slugs.contains("all") && slugs.size() > 1) {
            throw new ConfigException(name, value, "name region slugs, or all");
        }
    }, () -> "all, or region slugs");

    /** The one definition of wirefeed's keys, in the order the README lists them. */
    public static final ConfigDef CONFIG = new ConfigDef()
            .define(BOOTSTRAP_SERVERS_CONFIG, Type.STRING, "127.0.0.1:9092", new NonEmptyString(), Importance.HIGH,
                    "Kafka bootstrap servers (`--bootstrap-servers`)")
            .define(TOPIC_PREFIX_CONFIG, Type.STRING, "", Importance.MEDIUM,
                    "prefix for every topic name (`--topic-prefix`)")
            .define(PARTITIONS_CONFIG, Type.INT, 6, POSITIVE, Importance.MEDIUM,
                    "partitions of `wire.raw`, `wire.enriched`, `wire.dlq` when wirefeed creates them")
            .define(REGION_PARTITIONS_CONFIG, Type.INT, 2, POSITIVE, Importance.MEDIUM,
                    "partitions of each `wire.region.<slug>` topic the sink creates (each carries a share of the feed)")
            .define(REPLICATION_FACTOR_CONFIG, Type.SHORT, (short) 1, Range.atLeast(1), Importance.MEDIUM,
                    "replication factor of the topics wirefeed creates")
            .define(STATE_DIR_CONFIG, Type.STRING, ".wirefeed/state", new NonEmptyString(), Importance.MEDIUM,
                    "Kafka Streams state (and the ingest ledger)")
            .define(INBOX_CONFIG, Type.STRING, "inbox", new NonEmptyString(), Importance.MEDIUM,
                    "folder watched by ingest (`--inbox`)")
            .define(MAX_STORY_BYTES_CONFIG, Type.INT, 5_242_880, POSITIVE, Importance.LOW,
                    "larger inputs go to `wire.dlq`")
            .define(MAX_DLQ_BYTES_CONFIG, Type.INT, 1_048_576, POSITIVE, Importance.LOW,
                    "original bytes kept in a dead letter")
            .define(INBOX_POLL_MS_CONFIG, Type.INT, 1000, POSITIVE, Importance.LOW,
                    "inbox rescan interval (file-system events wake it sooner)")
            .define(KB_OVERLAY_CONFIG, Type.STRING, null, Importance.MEDIUM,
                    "YAML file adding people and organisations to the knowledge base (`--kb-overlay`)")
            .define(WATCHLIST_FILE_CONFIG, Type.STRING, null, Importance.MEDIUM,
                    "YAML file of watch-list rules the sink matches (`--watchlist`); reloaded when it changes")
            .define(GAZETTEER_FILE_CONFIG, Type.STRING, null, Importance.LOW,
                    "a GeoNames file (`cities1000.txt` layout) whose populated places widen the built-in gazetteer (`--gazetteer`)")
            .define(HTTP_PORT_CONFIG, Type.INT, 8081, PORT, Importance.MEDIUM,
                    "port of the HTTP channel, `POST /stories` (`--http-port`); `0` turns it off")
            .define(HTTP_BIND_CONFIG, Type.STRING, "127.0.0.1", new NonEmptyString(), Importance.MEDIUM,
                    "address the HTTP channel listens on (`0.0.0.0`: every interface; set a token first)")
            .define(HTTP_TOKEN_CONFIG, Type.PASSWORD, null, Importance.MEDIUM,
                    "bearer token `POST /stories` requires (`Authorization: Bearer <token>`); none: the endpoint is open")
            // the last argument is the default as the documentation shows it
            .define(HTTP_MAX_BYTES_CONFIG, Type.INT, null, orUnset(POSITIVE), Importance.LOW,
                    "largest HTTP request body; larger gets `413`", null, -1, Width.NONE, HTTP_MAX_BYTES_CONFIG, List.of(), null,
                    "(`max.story.bytes`)")
            .define(FEED_URLS_CONFIG, Type.LIST, List.of(), HTTP_URLS, Importance.MEDIUM,
                    "RSS/Atom feeds to poll, comma-separated (`--feed URL`, repeatable, replaces the list)")
            .define(FEED_POLL_SECONDS_CONFIG, Type.INT, 300, POSITIVE, Importance.LOW,
                    "feed polling interval")
            .define(MONITOR_PORT_CONFIG, Type.INT, 8080, PORT, Importance.MEDIUM,
                    "port of the live page, the query API and `/metrics` (`--monitor-port`); `0` turns them off")
            .define(MONITOR_BIND_CONFIG, Type.STRING, "127.0.0.1", new NonEmptyString(), Importance.MEDIUM,
                    "address the live page and query API listen on")
            .define(MONITOR_ADVERTISED_CONFIG, Type.STRING, null, null, Importance.LOW,
                    "`host:port` at which other monitor instances reach this one (Kafka Streams `application.server`)",
                    null, -1, Width.NONE, MONITOR_ADVERTISED_CONFIG, List.of(), null, "(bind:port)")
            .define(SPIKE_FACTOR_CONFIG, Type.DOUBLE, 3.0, ABOVE_ONE, Importance.LOW,
                    "a spike: stories in the last hour at least this many times the trailing day's hourly mean")
            .define(SPIKE_MIN_STORIES_CONFIG, Type.INT, 5, POSITIVE, Importance.LOW,
                    "... and at least this many stories in the last hour")
            .define(METRICS_PORT_CONFIG, Type.INT, 0, PORT, Importance.LOW,
                    "port of a `/metrics`-only endpoint for `ingest`, `enrich` or `sink` run alone; `0`: off")
            .define(ENRICH_DEDUPE_CONFIG, Type.BOOLEAN, true, Importance.LOW,
                    "enrich tags each story version once, however many copies reach `wire.raw` (see [Reliability](#reliability)); `false` tags every copy")
            .define(NINJS_VERSION_CONFIG, Type.STRING, NinjsVersion.V2_1.number(),
                    ValidString.in(Stream.concat(Arrays.stream(NinjsVersion.values()).map(NinjsVersion::number), Stream.of(NINJS_OFF))
                            .toArray(String[]::new)), Importance.LOW,
                    "IPTC ninjs version enrich writes to `wire.enriched.ninjs` (see [Newsroom output](#newsroom-output-ninjs)): `2.1` or `3.1`; `off`: no ninjs topic")
            .define(STARTUP_TIMEOUT_MS_CONFIG, Type.INT, 60_000, POSITIVE, Importance.MEDIUM,
                    "how long `ingest`, `enrich`, `sink` and `monitor` wait at start for a broker at `bootstrap.servers` to answer; then they stop with exit code 1")
            .define(SINK_REGION_TOPICS_CONFIG, Type.LIST, List.of("all"), REGION_SLUGS, Importance.MEDIUM,
                    "the region topics the sink fills (and creates when it starts): `all` regions of the knowledge base, "
                            + "or region slugs, comma-separated (`western-balkans,eu`)")
            .define(SINK_REGION_ROUTING_CONFIG, Type.STRING, "focus", ConfigDef.CaseInsensitiveValidString.in("focus", "mention"),
                    Importance.MEDIUM, "`focus`: a story goes to the topics of the regions it is about (`focus.regions`); "
                            + "`mention`: of every region it refers to (`regions`), see [Topics](#topics)");

    private final Map<String, String> kafka;

    private WirefeedConfig(Map<String, String> values, Map<String, String> kafka) {
        super(CONFIG, values, false);
        this.kafka = Map.copyOf(kafka);
    }

    /** Resolves the configuration from a file (may be null), the environment and command-line values. */
    public static WirefeedConfig resolve(Path file, Map<String, String> env, Map<String, String> cli) {
        Map<String, String> values = new LinkedHashMap<>();
        if (file != null) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the configuration file " + file, e);
            }
            p.stringPropertyNames().forEach(n -> values.put(n, p.getProperty(n)));
        }
        for (String key : CONFIG.names()) {
            String v = env.get(env(key));
            if (v != null) {
                values.put(key, v);
            }
        }
        env.forEach((name, v) -> {
            if (name.startsWith(ENV_PREFIX + "KAFKA_")) {
                values.put(KAFKA_PREFIX + name.substring(ENV_PREFIX.length() + 6).toLowerCase(Locale.ROOT).replace('_', '.'), v);
            }
        });
        values.putAll(cli);

        Map<String, String> own = new LinkedHashMap<>();
        Map<String, String> kafka = new LinkedHashMap<>();
        values.forEach((key, v) -> {
            if (key.startsWith(KAFKA_PREFIX)) {
                kafka.put(key.substring(KAFKA_PREFIX.length()), v);
            } else if (!CONFIG.names().contains(key)) {
                throw new ConfigException("unknown configuration key '" + key + "'; known keys: " + CONFIG.names()
                        + " and " + KAFKA_PREFIX + "*");
            } else if (!(v.isBlank() && CONFIG.configKeys().get(key).defaultValue == null)) {
                own.put(key, v.trim()); // a blank optional key is as good as unset
            }
        });
        return new WirefeedConfig(own, kafka);
    }

    /** The environment variable that sets {@code key}: {@code WIREFEED_} + the key in capitals, dots as underscores. */
    public static String env(String key) {
        return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    public String bootstrapServers() {
        return getString(BOOTSTRAP_SERVERS_CONFIG);
    }

    public String topicPrefix() {
        return getString(TOPIC_PREFIX_CONFIG);
    }

    public int partitions() {
        return getInt(PARTITIONS_CONFIG);
    }

    public int regionPartitions() {
        return getInt(REGION_PARTITIONS_CONFIG);
    }

    public short replicationFactor() {
        return getShort(REPLICATION_FACTOR_CONFIG);
    }

    public Path stateDir() {
        return Path.of(getString(STATE_DIR_CONFIG));
    }

    public Path inbox() {
        return Path.of(getString(INBOX_CONFIG));
    }

    public int maxStoryBytes() {
        return getInt(MAX_STORY_BYTES_CONFIG);
    }

    public int maxDeadLetterBytes() {
        return getInt(MAX_DLQ_BYTES_CONFIG);
    }

    public Duration inboxPoll() {
        return Duration.ofMillis(getInt(INBOX_POLL_MS_CONFIG));
    }

    /** The knowledge-base overlay file, or null. */
    public Path kbOverlay() {
        return path(KB_OVERLAY_CONFIG);
    }

    /** The watch-list file, or null. */
    public Path watchlistFile() {
        return path(WATCHLIST_FILE_CONFIG);
    }

    /** The GeoNames file, or null. */
    public Path gazetteerFile() {
        return path(GAZETTEER_FILE_CONFIG);
    }

    public int httpPort() {
        return getInt(HTTP_PORT_CONFIG);
    }

    public String httpBind() {
        return getString(HTTP_BIND_CONFIG);
    }

    /** The bearer token of the HTTP channel, or null when it is open. */
    public String httpToken() {
        Password token = getPassword(HTTP_TOKEN_CONFIG);
        return token == null ? null : token.value();
    }

    public int httpMaxBytes() {
        Integer max = getInt(HTTP_MAX_BYTES_CONFIG);
        return max == null ? maxStoryBytes() : max;
    }

    public List<URI> feeds() {
        return getList(FEED_URLS_CONFIG).stream().map(WirefeedConfig::httpUrl).toList();
    }

    public Duration feedPoll() {
        return Duration.ofSeconds(getInt(FEED_POLL_SECONDS_CONFIG));
    }

    public int monitorPort() {
        return getInt(MONITOR_PORT_CONFIG);
    }

    public String monitorBind() {
        return getString(MONITOR_BIND_CONFIG);
    }

    /** The {@code host:port} other monitor instances reach this one at, or null for bind:port. */
    public String monitorAdvertised() {
        return getString(MONITOR_ADVERTISED_CONFIG);
    }

    public double spikeFactor() {
        return getDouble(SPIKE_FACTOR_CONFIG);
    }

    public int spikeMinStories() {
        return getInt(SPIKE_MIN_STORIES_CONFIG);
    }

    public int metricsPort() {
        return getInt(METRICS_PORT_CONFIG);
    }

    /** Whether enrich drops copies of a story version it has tagged already. */
    public boolean enrichDedupe() {
        return getBoolean(ENRICH_DEDUPE_CONFIG);
    }

    /** The ninjs version enrich writes to {@code wire.enriched.ninjs}; empty when {@code ninjs.version} is off. */
    public Optional<NinjsVersion> ninjs() {
        String v = getString(NINJS_VERSION_CONFIG);
        return NINJS_OFF.equals(v) ? Optional.empty() : Optional.of(NinjsVersion.of(v));
    }

    /** How long a stage waits at start for the brokers. */
    public Duration startupTimeout() {
        return Duration.ofMillis(getInt(STARTUP_TIMEOUT_MS_CONFIG));
    }

    /** The regions whose topics the sink fills, lower case; empty for all of them. */
    public Set<String> sinkRegionTopics() {
        List<String> slugs = getList(SINK_REGION_TOPICS_CONFIG);
        return slugs.equals(List.of("all")) ? Set.of()
                : slugs.stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Which of a story's regions choose its region topics. */
    public RegionRouting.Basis sinkRegionRouting() {
        return RegionRouting.Basis.parse(getString(SINK_REGION_ROUTING_CONFIG));
    }

    /** Settings for every Kafka client: the {@code kafka.*} keys without their prefix. */
    public Map<String, String> kafka() {
        return kafka;
    }

    /** Without the HTTP token, which is a secret. */
    @Override
    public String toString() {
        return "WirefeedConfig[bootstrapServers=" + bootstrapServers() + ", topicPrefix=" + topicPrefix() + ", stateDir=" + stateDir()
                + ", inbox=" + inbox() + ", http=" + (httpPort() == 0 ? "off" : httpBind() + ":" + httpPort())
                + (httpToken() == null ? " (open)" : " (token set)") + ", feeds=" + feeds() + ", kafka keys=" + kafka.keySet() + "]";
    }

    private Path path(String key) {
        String v = getString(key);
        return v == null ? null : Path.of(v);
    }

    /** {@code validator} for a key that may also be left unset. */
    private static Validator orUnset(Validator validator) {
        return LambdaValidator.with((name, value) -> {
            if (value != null) {
                validator.ensureValid(name, value);
            }
        }, validator::toString);
    }

    /** The URL when it is an absolute http(s) URL, else null. */
    private static URI httpUrl(String s) {
        URI u;
        try {
            u = URI.create(s.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null ? u : null;
    }
}
