package io.wirefeed.app;

import io.wirefeed.enrich.EnrichTopology;
import io.wirefeed.enrich.kb.KnowledgeBaseLoader;
import io.wirefeed.enrich.tagging.Tagger;
import io.wirefeed.ingest.Ingestor;
import io.wirefeed.ingest.PublishedLedger;
import io.wirefeed.ingest.StoryPublisher;
import io.wirefeed.ingest.channel.FeedPoller;
import io.wirefeed.ingest.channel.HttpIngest;
import io.wirefeed.ingest.channel.InboxWatcher;
import io.wirefeed.ingest.format.StoryReader;
import io.wirefeed.model.WireMetrics;
import io.wirefeed.model.Topics;
import io.wirefeed.sink.RegionRouting;
import io.wirefeed.sink.SinkTopology;
import java.util.Locale;
import io.wirefeed.sink.watch.WatchList;
import io.wirefeed.sink.watch.WatchListFile;
import java.util.function.Supplier;
import io.wirefeed.monitor.LiveFeed;
import io.wirefeed.monitor.MonitorQueries;
import io.wirefeed.monitor.MonitorServer;
import io.wirefeed.monitor.MonitorTopology;
import java.io.IOException;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;
import io.wirefeed.app.errors.ThreadFailurePolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts and stops the three stages against one Kafka cluster. Each is independent: {@code up} runs all
 * three in one process, {@code ingest}, {@code enrich} and {@code sink} run one each. The {@link Telemetry}
 * made here is the process's one metrics registry: every stage started here records in it, and
 * {@link #close()} closes it last.
 */
public final class Stages implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Stages.class);
    public static final String ENRICH_APP_ID = "wirefeed-enrich";
    public static final String SINK_APP_ID = "wirefeed-sink";
    public static final String MONITOR_APP_ID = "wirefeed-monitor";
    /** What a newly opened live page is shown before live events arrive. */
    static final int PAGE_BACKLOG_STORIES = 50;
    static final int PAGE_BACKLOG_ALERTS = 20;
    static final int MONITOR_COMMIT_MS = 1000;

    private final WirefeedConfig config;
    private final Topics topics;
    private final List<AutoCloseable> running = new ArrayList<>();
    private final Telemetry telemetry;

    public Stages(WirefeedConfig config) {
        this.config = config;
        this.topics = new Topics(config.topicPrefix());
        KafkaClients.createPipelineTopics(config, topics);
        this.telemetry = new Telemetry(); // after the step that can fail: nothing to close then
    }

    public Topics topics() {
        return topics;
    }

    /** The metrics of the stages started here: {@link Telemetry#scrape()} is /metrics. */
    public Telemetry telemetry() {
        return telemetry;
    }

    /** Loads the knowledge base and compiles the tagger (the overlay, if configured, included). */
    public static Tagger tagger(WirefeedConfig config) {
        long t0 = System.nanoTime();
        var kb = KnowledgeBaseLoader.load(config.kbOverlay());
        if (config.gazetteerFile() != null) {
            kb = KnowledgeBaseLoader.withGazetteer(kb, config.gazetteerFile(), 0);
        }
        Tagger tagger = new Tagger(kb);
        log.info("knowledge base {} compiled: {} aliases in {} ms", tagger.kbVersion(), tagger.aliasCount(),
                (System.nanoTime() - t0) / 1_000_000);
        return tagger;
    }

    public KafkaStreams startEnrich(Tagger tagger) {
        return start(new KafkaStreams(EnrichTopology.build(topics, tagger, telemetry.registry(), config.enrichDedupe(),
                EnrichTopology.DEFAULT_RETENTION, config.ninjs()), streamsProperties(ENRICH_APP_ID)), WireMetrics.STAGE_ENRICH);
    }

    /** Starts the sink, once the topics of the regions it fills exist. */
    public KafkaStreams startSink() {
        RegionRouting routing = KafkaClients.createRegionTopics(config, topics);
        log.info("sink: {} region topics, routed by {}", routing.slugs().size(), routing.basis().name().toLowerCase(Locale.ROOT));
        Supplier<WatchList> rules = config.watchlistFile() == null ? WatchList::empty
                : new WatchListFile(config.watchlistFile(), Duration.ofSeconds(5), Clock.systemUTC());
        return start(new KafkaStreams(SinkTopology.build(topics, routing, rules, telemetry.registry()),
                streamsProperties(SINK_APP_ID)), WireMetrics.STAGE_SINK);
    }

    /**
     * The running monitor: its Streams application and, unless {@code monitor.port} is 0, the live page and
     * query API.
     *
     * @param server null when {@code monitor.port} is 0
     */
    public record Monitor(KafkaStreams streams, MonitorServer server) {}

    /**
     * Starts the monitor stage: coverage counts, spike alerts and the stores behind the query API, and the
     * HTTP server of the live page (with this process's {@code /metrics}) on {@code monitor.bind:monitor.port}.
     */
    public Monitor startMonitor() throws IOException {
        Properties props = streamsProperties(MONITOR_APP_ID);
        String advertised = config.monitorAdvertised() != null ? config.monitorAdvertised()
                : config.monitorBind() + ":" + config.monitorPort();
        // counts may trail by a second (the live page gets stories straight from wire.enriched): committing every
        // second instead of every 100 ms spreads each transaction's cost over ten times the records
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, MONITOR_COMMIT_MS);
        config.kafka().forEach(props::put); // unless the operator says otherwise
        if (config.monitorPort() > 0) {
            // where other instances send the questions whose keys this one holds
            props.put(StreamsConfig.APPLICATION_SERVER_CONFIG, advertised);
        }
        KafkaStreams streams = start(new KafkaStreams(
                MonitorTopology.build(topics, config.spikeFactor(), config.spikeMinStories()), props), "monitor");
        if (config.monitorPort() == 0) {
            return new Monitor(streams, null);
        }
        LiveFeed feed = new LiveFeed(KafkaClients.common(config), topics, PAGE_BACKLOG_STORIES, PAGE_BACKLOG_ALERTS).start();
        running.add(feed);
        MonitorQueries queries = new MonitorQueries(streams, HostInfo.buildFromEndpoint(advertised), Clock.systemUTC());
        MonitorServer server = MonitorServer.start(config.monitorBind(), config.monitorPort(), queries, feed, telemetry::scrape);
        running.add(server);
        return new Monitor(streams, server);
    }

    /**
     * The running ingest channels, all publishing through one {@link Ingestor} (one producer, one ledger).
     *
     * @param http  null when {@code http.port} is 0
     * @param feeds null when no feed is configured
     */
    public record Ingest(Ingestor ingestor, PublishedLedger ledger, InboxWatcher inbox, HttpIngest http, FeedPoller feeds) {}

    /**
     * Starts every ingest channel until {@link #close()}: the inbox watcher on a thread of its own, the HTTP
     * channel (unless {@code http.port} is 0) and the feed poller (when feeds are configured). The ledger of
     * published stories is {@code <state.dir>/ingest-ledger.tsv}.
     */
    public Ingest startIngest() {
        PublishedLedger ledger = PublishedLedger.open(config.stateDir().resolve(PublishedLedger.FILE_NAME),
                PublishedLedger.DEFAULT_MAX_ENTRIES);
        running.add(ledger);
        Producer<byte[], byte[]> producer = KafkaClients.ingestProducer(config);
        running.add(producer::close);
        running.add(telemetry.bind(producer, WireMetrics.STAGE_INGEST));
        Ingestor ingestor = new Ingestor(new StoryReader(config.maxStoryBytes()),
                new StoryPublisher(producer, topics, config.maxDeadLetterBytes()), ledger, telemetry.registry());

        InboxWatcher watcher = new InboxWatcher(config.inbox(), ingestor, config.inboxPoll());
        Thread thread = new Thread(watcher, "wirefeed-inbox");
        thread.setDaemon(true);
        thread.start();
        running.add(() -> {
            watcher.close();
            thread.interrupt();
            thread.join(10_000);
        });
        log.info("watching {} for stories", config.inbox().toAbsolutePath());

        HttpIngest http = null;
        if (config.httpPort() > 0) {
            http = HttpIngest.start(ingestor, config.httpBind(), config.httpPort(), config.httpToken(),
                    config.httpMaxBytes(), HttpIngest.DEFAULT_THREADS);
            running.add(http);
        }
        FeedPoller feeds = null;
        if (!config.feeds().isEmpty()) {
            feeds = new FeedPoller(config.feeds(), config.feedPoll(), ingestor, config.maxStoryBytes()).start();
            running.add(feeds);
        }
        return new Ingest(ingestor, ledger, watcher, http, feeds);
    }

    /**
     * The Streams application id of a stage: topic-prefixed, so that two pipelines on one cluster (or the
     * tests on one broker) keep their own consumer groups and internal topics.
     */
    static String applicationId(WirefeedConfig config, String stage) {
        return config.topicPrefix() + stage;
    }

    private Properties streamsProperties(String appId) {
        return StreamsProperties.forStage(config, applicationId(config, appId), topics.dlq().name(), telemetry.registry());
    }

    /** @param stage the stage's tag in the metrics: {@code enrich}, {@code sink}, ... */
    private KafkaStreams start(KafkaStreams streams, String stage) {
        // a failed stream thread is replaced, unless threads keep failing: then the stage stops
        streams.setUncaughtExceptionHandler(new ThreadFailurePolicy(3, Duration.ofMinutes(10), Clock.systemUTC()));
        AutoCloseable metrics = telemetry.bind(streams, stage);
        streams.start();
        // leave the group on a clean stop: another instance takes the tasks over at once, not after the session timeout
        running.add(() -> streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(Duration.ofSeconds(30))));
        running.add(metrics); // closed first: no scrape reads a closing application
        return streams;
    }

    @Override
    public void close() {
        for (int i = running.size() - 1; i >= 0; i--) {
            try {
                running.get(i).close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                log.warn("error while stopping: {}", e.toString());
            }
        }
        running.clear();
        telemetry.close();
    }
}
