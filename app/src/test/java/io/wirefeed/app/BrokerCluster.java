package io.wirefeed.app;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.Uuid;

/**
 * Three Apache Kafka brokers, each a separate JVM started with Kafka's own {@code kafka.Kafka} main class from
 * the Kafka jars on the test classpath: KRaft, every node both broker and controller (a three-voter quorum),
 * replication factor 3 and {@code min.insync.replicas=2} for every topic, small heaps, ports chosen free at
 * start and kept across restarts, data in a folder of the caller's. Nodes are numbered 1 to 3.
 */
final class BrokerCluster implements AutoCloseable {
    static final int SIZE = 3;
    static final int MIN_ISR = 2;
    private static final List<String> JVM = List.of("-Xms128m", "-Xmx256m", "-XX:+UseSerialGC",
            "-Djava.awt.headless=true");

    private final Path dir;
    private final int[] ports = new int[SIZE + 1];
    private final int[] controllerPorts = new int[SIZE + 1];
    private final Process[] processes = new Process[SIZE + 1];

    private BrokerCluster(Path dir) {
        this.dir = dir;
    }

    /** Formats the three nodes' storage and starts them; returns once all three are in the cluster. */
    static BrokerCluster start(Path dir) throws IOException {
        BrokerCluster cluster = new BrokerCluster(dir);
        for (int node = 1; node <= SIZE; node++) {
            cluster.ports[node] = freePort();
            cluster.controllerPorts[node] = freePort();
        }
        String clusterId = Uuid.randomUuid().toString();
        for (int node = 1; node <= SIZE; node++) {
            Path config = cluster.writeConfig(node);
            int rc = StorageTool.execute(new String[] {"format", "-t", clusterId, "-c", config.toString()},
                    new PrintStream(OutputStream.nullOutputStream()));
            if (rc != 0) {
                throw new IllegalStateException("formatting the storage of node " + node + " failed (rc=" + rc + ")");
            }
        }
        try {
            for (int node = 1; node <= SIZE; node++) {
                cluster.launch(node);
            }
            cluster.awaitNodes(SIZE, Duration.ofMinutes(4)); // minutes when the machine is busy
        } catch (RuntimeException | IOException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    String bootstrapServers() {
        return IntStream.rangeClosed(1, SIZE).mapToObj(n -> "127.0.0.1:" + ports[n]).collect(Collectors.joining(","));
    }

    Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 20_000));
    }

    /** SIGKILL: no controlled shutdown, no flush; the OS keeps what was written. */
    void kill(int node) throws InterruptedException {
        Process p = processes[node];
        p.destroyForcibly();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("node " + node + " did not die within 30 s of SIGKILL");
        }
    }

    /** SIGTERM: a controlled shutdown (leadership moved away first), as a rolling restart does it. */
    void stop(int node) throws InterruptedException {
        Process p = processes[node];
        p.destroy();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("node " + node + " did not stop within 60 s of SIGTERM");
        }
    }

    /** Starts a stopped node again on its ports and data. */
    void restart(int node) throws IOException {
        launch(node);
    }

    boolean isRunning(int node) {
        return processes[node] != null && processes[node].isAlive();
    }

    /** The node leading a partition now. */
    int leaderOf(String topic, int partition) {
        try (Admin admin = admin()) {
            TopicDescription d = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic);
            Node leader = d.partitions().get(partition).leader();
            if (leader == null) {
                throw new IllegalStateException(topic + "-" + partition + " has no leader");
            }
            return leader.id();
        } catch (Exception e) {
            throw new IllegalStateException("cannot find the leader of " + topic + "-" + partition + ": " + e, e);
        }
    }

    /** Waits until {@code n} nodes are registered brokers. */
    void awaitNodes(int n, Duration timeout) {
        try (Admin admin = admin()) {
            await().atMost(timeout).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() ->
                    admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).size() == n);
        }
    }

    /** Waits until every replica of every partition, internal topics included, is in sync again. */
    void awaitFullyReplicated(Duration timeout) {
        try (Admin admin = admin()) {
            await().atMost(timeout).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() ->
                    underReplicated(admin).isEmpty());
        }
    }

    private static List<String> underReplicated(Admin admin) throws Exception {
        Set<String> names = admin.listTopics(new org.apache.kafka.clients.admin.ListTopicsOptions().listInternal(true))
                .names().get(10, TimeUnit.SECONDS);
        List<String> out = new ArrayList<>();
        for (var e : admin.describeTopics(names).allTopicNames().get(10, TimeUnit.SECONDS).entrySet()) {
            for (TopicPartitionInfo p : e.getValue().partitions()) {
                if (p.isr().size() < p.replicas().size() || p.leader() == null) {
                    out.add(e.getKey() + "-" + p.partition());
                }
            }
        }
        return out;
    }

    private Path writeConfig(int node) throws IOException {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("process.roles", "broker,controller");
        p.put("node.id", Integer.toString(node));
        p.put("controller.quorum.voters", IntStream.rangeClosed(1, SIZE)
                .mapToObj(n -> n + "@127.0.0.1:" + controllerPorts[n]).collect(Collectors.joining(",")));
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + ports[node] + ",CONTROLLER://127.0.0.1:" + controllerPorts[node]);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + ports[node]);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", dir.resolve("node-" + node).resolve("data").toString());
        p.put("default.replication.factor", Integer.toString(SIZE));
        p.put("min.insync.replicas", Integer.toString(MIN_ISR));
        p.put("offsets.topic.replication.factor", Integer.toString(SIZE));
        p.put("transaction.state.log.replication.factor", Integer.toString(SIZE));
        p.put("transaction.state.log.min.isr", Integer.toString(MIN_ISR));
        p.put("share.coordinator.state.topic.replication.factor", Integer.toString(SIZE));
        p.put("share.coordinator.state.topic.min.isr", Integer.toString(MIN_ISR));
        // fewer internal partitions than the defaults (50): less to elect and load after every restart
        p.put("offsets.topic.num.partitions", "6");
        p.put("transaction.state.log.num.partitions", "6");
        p.put("unclean.leader.election.enable", "false");
        // a quorum that tolerates a starved machine (a shared 2-core box): without these, controllers whose event
        // loop stalls for 2 s keep losing and re-electing the leadership
        p.put("controller.quorum.fetch.timeout.ms", "6000");
        p.put("controller.quorum.election.timeout.ms", "3000");
        p.put("broker.session.timeout.ms", "12000");
        p.put("auto.create.topics.enable", "false");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "2");
        p.put("num.recovery.threads.per.data.dir", "1");
        p.put("num.replica.fetchers", "1");
        p.put("log.segment.bytes", Integer.toString(16 * 1024 * 1024));
        // the log cleaner's dedupe buffer (128 MB by default) must fit in the small heap
        p.put("log.cleaner.dedupe.buffer.size", Integer.toString(16 * 1024 * 1024));
        Path config = dir.resolve("node-" + node).resolve("server.properties");
        Files.createDirectories(config.getParent());
        Files.write(config, p.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
        return config;
    }

    private void launch(int node) throws IOException {
        Path home = dir.resolve("node-" + node);
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(JVM);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("kafka.Kafka");
        cmd.add(home.resolve("server.properties").toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("broker.log").toFile()));
        processes[node] = pb.start();
        StageProcesses.killOnExit(processes[node]);
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kills every node still running (SIGKILL): nothing is left behind, whatever happened. */
    @Override
    public void close() {
        for (int node = 1; node <= SIZE; node++) {
            Process p = processes[node];
            if (p != null && p.isAlive()) {
                p.destroyForcibly();
                try {
                    p.waitFor(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
