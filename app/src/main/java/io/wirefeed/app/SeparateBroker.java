package io.wirefeed.app;

import io.wirefeed.localbroker.EmbeddedKafkaBroker;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The embedded broker in a JVM of its own, for {@code wirefeed bench --broker separate}: the benchmark then
 * sees the broker's CPU as that process's, apart from the pipeline's. The child prints its bootstrap address
 * on its first line and stops when its standard input closes (the parent ended, however it ended).
 */
final class SeparateBroker implements AutoCloseable {
    private static final String READY = "bootstrap.servers=";

    private final Process process;
    private final String bootstrapServers;

    private SeparateBroker(Process process, String bootstrapServers) {
        this.process = process;
        this.bootstrapServers = bootstrapServers;
    }

    /** Starts the child JVM with its data under {@code dataDir} and its log in {@code dataDir/broker.log}. */
    static SeparateBroker start(Path dataDir) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx768m", "-cp", System.getProperty("java.class.path"),
                SeparateBroker.class.getName(), dataDir.toString()))
                .redirectError(dataDir.resolveSibling("broker.log").toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith(READY)) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "broker-stdout"); // a full pipe would stall it
                drain.setDaemon(true);
                drain.start();
                return new SeparateBroker(p, line.substring(READY.length()));
            }
        }
        p.destroy();
        throw new IllegalStateException("the broker process ended before it served; see " + dataDir.resolveSibling("broker.log"));
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    /** The CPU time the broker's process has used so far. */
    Duration cpu() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM: Kafka's shutdown hook stops the broker cleanly
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** The child: runs the broker until its standard input closes. */
    public static void main(String[] args) throws IOException {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(Path.of(args[0]))) {
            System.out.println(READY + broker.bootstrapServers());
            System.out.flush();
            while (System.in.read() >= 0) {
                // nothing comes in: this waits for the parent to go
            }
        }
    }
}
