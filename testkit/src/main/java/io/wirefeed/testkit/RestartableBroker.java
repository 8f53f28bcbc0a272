package io.wirefeed.testkit;

import io.wirefeed.localbroker.EmbeddedKafkaBroker;
import java.nio.file.Path;

/**
 * A test's own Kafka broker that can be stopped and started again at the same address, keeping its data, to test
 * what clients do through an outage. From {@link KafkaFixture#restartable(Path)}.
 */
public interface RestartableBroker extends AutoCloseable {

    String bootstrapServers();

    /** Stops the broker; its address and data stay for {@link #start()}. */
    void stop();

    /** Starts the stopped broker again and returns once it serves clients. */
    void start();

    /** Stops the broker for good. */
    @Override
    void close();

    /** The in-process broker on a fixed free port, its data in {@code dataDir}. */
    static RestartableBroker embedded(Path dataDir) {
        int port = EmbeddedKafkaBroker.freePort();
        EmbeddedKafkaBroker first = EmbeddedKafkaBroker.start(dataDir, port);
        String address = first.bootstrapServers();
        return new RestartableBroker() {
            private EmbeddedKafkaBroker running = first;

            @Override
            public String bootstrapServers() {
                return address;
            }

            @Override
            public synchronized void stop() {
                if (running != null) {
                    running.close();
                    running = null;
                }
            }

            @Override
            public synchronized void start() {
                if (running == null) {
                    running = EmbeddedKafkaBroker.start(dataDir, port);
                }
            }

            @Override
            public void close() {
                stop();
            }
        };
    }
}
