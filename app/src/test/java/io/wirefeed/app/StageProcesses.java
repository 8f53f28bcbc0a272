package io.wirefeed.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * wirefeed stages as separate processes, the packaged command line ({@code java -jar target/wirefeed.jar <stage>}),
 * each with its own state folder, log file and environment. Every process started here (and every broker) is
 * also killed by a shutdown hook of the test JVM, so none outlives a run that ends abnormally.
 */
final class StageProcesses implements AutoCloseable {
    private static final Set<Process> ALL = ConcurrentHashMap.newKeySet();
    private static final List<String> JVM = List.of("-Xms64m", "-Xmx384m", "-XX:+UseSerialGC",
            "-Djava.awt.headless=true");

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> ALL.forEach(Process::destroyForcibly), "kill-cluster-processes"));
    }

    static void killOnExit(Process p) {
        ALL.add(p);
    }

    /** One stage instance: how to start it again, and the running process. */
    final class Stage {
        final String name;
        private final List<String> args;
        private final Map<String, String> env;
        private Process process;
        private boolean killed;

        private Stage(String name, List<String> args, Map<String, String> env) {
            this.name = name;
            this.args = args;
            this.env = env;
        }

        Stage start() throws IOException {
            killed = false;
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.addAll(JVM);
            cmd.add("-jar");
            cmd.add(Path.of("target", "wirefeed.jar").toAbsolutePath().toString());
            cmd.addAll(args);
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
            pb.environment().putAll(env);
            process = pb.start();
            killOnExit(process);
            return this;
        }

        Path log() {
            return dir.resolve(name + ".log");
        }

        String logText() throws IOException {
            return Files.exists(log()) ? Files.readString(log()) : "";
        }

        long pid() {
            return process.pid();
        }

        boolean isAlive() {
            return process != null && process.isAlive();
        }

        /** SIGKILL, and waits until it is gone. */
        void kill() throws InterruptedException {
            killed = true;
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        /** SIGSTOP: the JVM freezes as a long GC pause or a stalled VM would; no heartbeats, no commits. */
        void freeze() throws IOException, InterruptedException {
            signal("STOP");
        }

        /** SIGCONT: the frozen JVM carries on where it stopped, unaware of the time that passed. */
        void thaw() throws IOException, InterruptedException {
            signal("CONT");
        }

        private void signal(String name) throws IOException, InterruptedException {
            Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed");
            }
        }
    }

    private final Path dir;
    private final Map<String, String> common;
    private final List<Stage> stages = new ArrayList<>();

    /** @param common environment every stage gets (WIREFEED_* settings) */
    StageProcesses(Path dir, Map<String, String> common) throws IOException {
        this.dir = dir;
        this.common = common;
        Files.createDirectories(dir);
    }

    /** Starts {@code wirefeed <command> <args>} with the common environment plus {@code env}; its state under its own folder. */
    Stage start(String name, String command, List<String> args, Map<String, String> env) throws IOException {
        Map<String, String> e = new LinkedHashMap<>(common);
        e.put("WIREFEED_STATE_DIR", dir.resolve(name).resolve("state").toString());
        e.putAll(env);
        List<String> a = new ArrayList<>();
        a.add(command);
        a.addAll(args);
        Stage s = new Stage(name, a, e).start();
        stages.add(s);
        return s;
    }

    /**
     * Starts again every stage whose process ended by itself (as a supervisor such as systemd or Kubernetes
     * would: a stage stops with an error when it cannot reach the brokers in time at start); returns how many.
     */
    int restartExited() throws IOException {
        int n = 0;
        for (Stage s : stages) {
            if (!s.isAlive() && !s.killed) {
                s.start();
                n++;
            }
        }
        return n;
    }

    /** The log of the stage of that name so far (every run of it). */
    String logOf(String name) throws IOException {
        Path log = dir.resolve(name + ".log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    /** Kills every stage still running (SIGCONT first, so that a frozen one can die). */
    @Override
    public void close() {
        for (Stage s : stages) {
            if (s.isAlive()) {
                try {
                    s.thaw();
                } catch (IOException | InterruptedException | RuntimeException ignored) {
                    // killed below anyway
                }
                s.process.destroyForcibly();
            }
        }
        for (Stage s : stages) {
            try {
                s.process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
