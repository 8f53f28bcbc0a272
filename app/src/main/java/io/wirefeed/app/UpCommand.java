package io.wirefeed.app;

import io.wirefeed.enrich.tagging.Tagger;
import io.wirefeed.localbroker.EmbeddedKafkaBroker;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "up", mixinStandardHelpOptions = true,
        description = {"Runs everything on this machine: an embedded Kafka broker, ingest (the inbox, the HTTP channel on "
                + "127.0.0.1:8081, any --feed), enrich, sink and monitor (the live page on http://127.0.0.1:8080/), "
                + "printing one line per enriched story until Ctrl-C.",
                "Kafka data is kept under the data directory across restarts."})
final class UpCommand implements Callable<Integer> {
    /** The sample stories seeded into a new inbox (written by the wirefeed team). */
    static final List<String> SAMPLES = List.of("sample-belgrade-pristina-dialogue.txt", "sample-kurti-sq.txt",
            "sample-zagreb-sabor-hr.txt", "sample-athens-ankara.json");

    @Mixin
    ConfigOptions options;

    @Mixin
    ChannelOptions channels;

    @Mixin
    KnowledgeBaseOptions kb;

    @Mixin
    WatchlistOptions watchlist;

    @Option(names = "--kafka-port", defaultValue = "9092", description = "port of the embedded broker (default ${DEFAULT-VALUE})")
    int kafkaPort;

    @Option(names = "--data-dir", defaultValue = ".wirefeed", description = "Kafka data and Streams state (default ${DEFAULT-VALUE})")
    Path dataDir;

    @Option(names = "--inbox", defaultValue = "inbox", description = "folder to watch; created with sample stories if missing (default ${DEFAULT-VALUE})")
    Path inbox;

    @Option(names = "--monitor-port", paramLabel = "PORT",
            description = "port of the live page, query API and /metrics (default 8080 on monitor.bind 127.0.0.1; 0 turns it off)")
    Integer monitorPort;

    /** The example watch-list written beside a new inbox when no watch-list is configured. */
    static final String EXAMPLE_WATCHLIST = "watchlist.yaml";

    private Path exampleWatchlist;

    @Override
    public Integer call() throws Exception {
        ensurePortFree(kafkaPort);
        WirefeedConfig config = options.resolve(settings("127.0.0.1:" + kafkaPort));
        if (config.httpPort() > 0) {
            ensureHttpPortFree(config.httpBind(), config.httpPort(), "the HTTP channel", "--http-port");
        }
        if (config.monitorPort() > 0) {
            ensureHttpPortFree(config.monitorBind(), config.monitorPort(), "the live page", "--monitor-port");
        }
        boolean newInbox = !Files.exists(inbox);
        Files.createDirectories(inbox);
        if (newInbox) {
            seed(inbox);
        }
        if (config.watchlistFile() == null) {
            exampleWatchlist = exampleWatchlist(inbox);
        }
        System.err.println("wirefeed: starting the embedded Kafka broker on 127.0.0.1:" + kafkaPort + " ...");
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir.resolve("kafka"), kafkaPort);
        config = options.resolve(settings(broker.bootstrapServers()));
        Tagger tagger = Stages.tagger(config);
        Stages stages = new Stages(config);
        EnrichedPrinter printer = new EnrichedPrinter(config, stages.topics().enriched(), System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("wirefeed: stopping ...");
            printer.close();
            stages.close();
            broker.close();
            stopped.countDown();
        }, "wirefeed-shutdown"));
        stages.startEnrich(tagger);
        stages.startSink();
        Stages.Monitor monitor = stages.startMonitor();
        Stages.Ingest ingest = stages.startIngest();
        printer.start();
        System.err.println("wirefeed is up. Kafka: " + broker.bootstrapServers() + "  inbox: " + inbox.toAbsolutePath()
                + (ingest.http() == null ? "" : "  HTTP: POST " + ingest.http().uri() + "/stories"
                        + (config.httpToken() == null ? " (open, no token)" : " (bearer token)"))
                + (ingest.feeds() == null ? "" : "  feeds: " + ingest.feeds().feeds().size())
                + (monitor.server() == null ? "" : "\n  live page: http://" + config.monitorBind() + ":" + monitor.server().port() + "/")
                + (config.watchlistFile() == null ? "" : "  watch-list: " + config.watchlistFile())
                + "\n  drop stories (plain wire copy, ninjs, NewsML, RSS/Atom) into the inbox or POST them; Ctrl-C stops."
                + "\n  read the tagged feed with any Kafka client, e.g. kcat -b " + broker.bootstrapServers()
                + " -C -t " + stages.topics().enriched().name()
                + config.ninjs().map(v -> " (as IPTC ninjs " + v.number() + ": -t " + stages.topics().enrichedNinjs(v).name() + ")").orElse(""));
        stopped.await();
        return ExitCodes.OK;
    }

    private Map<String, String> settings(String bootstrap) {
        Map<String, String> m = new LinkedHashMap<>(channels.overrides());
        m.putAll(kb.overrides());
        m.putAll(watchlist.overrides());
        if (monitorPort != null) {
            m.put(WirefeedConfig.MONITOR_PORT_CONFIG, monitorPort.toString());
        }
        if (exampleWatchlist != null) {
            m.put(WirefeedConfig.WATCHLIST_FILE_CONFIG, exampleWatchlist.toString());
        }
        m.put(WirefeedConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        m.put(WirefeedConfig.STATE_DIR_CONFIG, dataDir.resolve("state").toString());
        m.put(WirefeedConfig.INBOX_CONFIG, inbox.toString());
        return m;
    }

    private static void ensureHttpPortFree(String bind, int port, String what, String option) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getByName(bind))) {
            s.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " on " + bind + " (" + what + ") is not free: " + e.getMessage()
                    + ". Pick another with " + option + ", or " + option + " 0 to turn it off");
        }
    }

    private static void ensurePortFree(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " on 127.0.0.1 is in use: is another wirefeed or Kafka "
                    + "running? Stop it, or pick another port with --kafka-port");
        }
    }

    /**
     * The watch-list {@code up} uses when none is configured: {@code watchlist.yaml} beside the inbox, written
     * with example rules the first time, so that a newcomer sees alerts and has a file to edit.
     */
    static Path exampleWatchlist(Path inbox) throws IOException {
        Path file = inbox.toAbsolutePath().getParent().resolve(EXAMPLE_WATCHLIST);
        if (!Files.exists(file)) {
            try (InputStream in = UpCommand.class.getResourceAsStream("/samples/" + EXAMPLE_WATCHLIST)) {
                if (in == null) {
                    throw new IllegalStateException(EXAMPLE_WATCHLIST + " missing from the build");
                }
                Files.copy(in, file);
            }
        }
        return file;
    }

    static void seed(Path inbox) throws IOException {
        for (String name : SAMPLES) {
            try (InputStream in = UpCommand.class.getResourceAsStream("/samples/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("sample " + name + " missing from the build");
                }
                // write under a temporary name and rename, so the watcher never reads half a file
                Path tmp = inbox.resolve(name + ".tmp");
                Files.copy(in, tmp);
                Files.move(tmp, inbox.resolve(name));
            }
        }
    }
}
