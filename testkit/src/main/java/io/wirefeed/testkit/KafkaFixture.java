package io.wirefeed.testkit;

import io.wirefeed.localbroker.EmbeddedKafkaBroker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The Kafka broker a test run talks to, chosen once per JVM by the system property {@code wirefeed.kafka}:
 * <ul>
 *   <li>{@code embedded}: the in-process {@link EmbeddedKafkaBroker};</li>
 *   <li>{@code testcontainers}: Testcontainers' {@code KafkaContainer} (needs a Docker engine) of the image
 *       {@code wirefeed.kafka.image} (default {@value Containers#DEFAULT_IMAGE});</li>
 *   <li>{@code HOST:PORT}: an existing cluster;</li>
 *   <li>unset or {@code auto}: Testcontainers when a Docker engine answers and already holds that image (auto
 *       pulls nothing), else embedded.</li>
 * </ul>
 * The broker lives until the JVM exits. {@link #kind()} says which one was picked, so tests can report it.
 */
public final class KafkaFixture {
    public static final String PROPERTY = "wirefeed.kafka";
    private static KafkaFixture shared;

    private final String bootstrapServers;
    private final String kind;

    private KafkaFixture(String bootstrapServers, String kind) {
        this.bootstrapServers = bootstrapServers;
        this.kind = kind;
    }

    /** The broker for this JVM, started on first use. */
    public static synchronized KafkaFixture shared() {
        if (shared == null) {
            shared = start(System.getProperty(PROPERTY, "auto"));
            System.out.println("wirefeed testkit: Kafka " + shared.kind + " at " + shared.bootstrapServers);
        }
        return shared;
    }

    static KafkaFixture start(String choice) {
        String kind = kind(choice);
        switch (kind) {
            case "embedded":
                return embedded();
            case "testcontainers":
                return new KafkaFixture(Containers.startKafka(), kind);
            default:
                return new KafkaFixture(choice.trim(), kind);
        }
    }

    /**
     * A broker of the caller's own that can be stopped and started again at the same address with its data:
     * a container under {@code testcontainers} (also when {@code auto} finds Docker and the image), else the
     * embedded broker (an external cluster cannot be restarted by a test). The caller closes it.
     */
    public static RestartableBroker restartable(Path dataDir) {
        return kind(System.getProperty(PROPERTY, "auto")).equals("testcontainers")
                ? Containers.startRestartableKafka()
                : RestartableBroker.embedded(dataDir);
    }

    /** {@code embedded}, {@code testcontainers} or {@code external}, as the choice resolves on this machine. */
    private static synchronized String kind(String choice) {
        String c = choice == null || choice.isBlank() ? "auto" : choice.trim().toLowerCase(Locale.ROOT);
        switch (c) {
            case "embedded":
                return c;
            case "testcontainers":
                String missing = Containers.unavailableBecause();
                if (missing != null) {
                    throw new IllegalStateException("-D" + PROPERTY + "=testcontainers, but " + missing);
                }
                return c;
            case "auto":
                return Containers.notForAuto() == null ? "testcontainers" : "embedded";
            default:
                if (!c.contains(":")) {
                    throw new IllegalArgumentException("-D" + PROPERTY + " takes embedded, testcontainers or HOST:PORT, not " + choice);
                }
                return "external";
        }
    }

    private static KafkaFixture embedded() {
        try {
            Path dir = Files.createTempDirectory("wirefeed-kafka-");
            EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                broker.close();
                deleteQuietly(dir);
            }, "wirefeed-testkit-broker-stop"));
            return new KafkaFixture(broker.bootstrapServers(), "embedded");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** {@code embedded}, {@code testcontainers} or {@code external}. */
    public String kind() {
        return kind;
    }
}
