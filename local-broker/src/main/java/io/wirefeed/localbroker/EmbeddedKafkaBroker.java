package io.wirefeed.localbroker;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A single-node Kafka broker (KRaft, broker and controller in one) running in this JVM, from the plain
 * Kafka artifacts on Maven Central. Used by the integration tests and by {@code wirefeed up}.
 *
 * <p>The data directory is formatted once and kept: starting again on the same directory finds the
 * topics and offsets of the last run. Note that a fatal broker fault halts the whole JVM (Kafka's own
 * fault policy); run the broker elsewhere when that matters.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final Path dataDir;

    private EmbeddedKafkaBroker(KafkaRaftServer server, String bootstrapServers, Path dataDir) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
        this.dataDir = dataDir;
    }

    /** Starts a broker on a free loopback port with its data under {@code dataDir}. */
    public static EmbeddedKafkaBroker start(Path dataDir) {
        return start(dataDir, freePort());
    }

    /** Starts a broker listening on 127.0.0.1:{@code port}, data under {@code dataDir}; returns once it serves. */
    public static EmbeddedKafkaBroker start(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir);
            // the controller port and the cluster id are part of the formatted storage: keep them across restarts
            int controllerPort = Integer.parseInt(remembered(dataDir.resolve("controller.port"), () -> Integer.toString(freePort())));
            String clusterId = remembered(dataDir.resolve("cluster.id"), () -> Uuid.randomUuid().toString());
            Properties props = brokerProperties(dataDir, port, controllerPort);
            Path config = dataDir.resolve("server.properties");
            try (Writer w = Files.newBufferedWriter(config)) {
                props.store(w, "written by wirefeed's EmbeddedKafkaBroker");
            }
            formatOnce(dataDir, config, clusterId);
            KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
            server.startup();
            EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(server, "127.0.0.1:" + port, dataDir);
            broker.awaitReady();
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the broker's data directory " + dataDir, e);
        }
    }

    static Properties brokerProperties(Path dataDir, int port, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", dataDir.resolve("data").toString());
        // one broker: internal topics must have replication factor 1, or groups and transactions hang
        for (String key : List.of("offsets.topic.replication.factor", "transaction.state.log.replication.factor",
                "transaction.state.log.min.isr", "share.coordinator.state.topic.replication.factor",
                "share.coordinator.state.topic.min.isr")) {
            p.put(key, "1");
        }
        p.put("offsets.topic.num.partitions", "6");
        p.put("transaction.state.log.num.partitions", "6");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "false");
        p.put("num.partitions", "6");
        return p;
    }

    private static String remembered(Path file, java.util.function.Supplier<String> initial) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file).trim();
        }
        String value = initial.get();
        Files.writeString(file, value);
        return value;
    }

    private static void formatOnce(Path dataDir, Path config, String clusterId) {
        int rc = StorageTool.execute(new String[] {"format", "-t", clusterId, "-c", config.toString(),
                "--ignore-formatted"}, new PrintStream(OutputStream.nullOutputStream()));
        if (rc != 0) {
            throw new IllegalStateException("formatting the broker storage in " + dataDir + " failed (rc=" + rc + ")");
        }
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Exception last = null;
            while (Instant.now().isBefore(deadline)) {
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception e) {
                    last = e;
                    if (e instanceof InterruptedException) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while waiting for the broker", e);
                    }
                }
            }
            throw new IllegalStateException("broker at " + bootstrapServers + " not ready within " + READY_TIMEOUT, last);
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** A free TCP port on the loopback interface (there is a small race until the broker binds it). */
    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }
}
