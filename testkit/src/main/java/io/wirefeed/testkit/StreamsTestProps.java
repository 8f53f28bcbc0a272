package io.wirefeed.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Settings for a {@code TopologyTestDriver}: the application id and a state directory of its own. The default
 * state directory ({@code /tmp/kafka-streams/<application id>}) is shared by every build on the machine, so two
 * builds running the same test at once trip over each other's locks and files.
 */
public final class StreamsTestProps {
    private StreamsTestProps() {}

    public static Properties forApp(String applicationId) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        try {
            var dir = Files.createTempDirectory("wirefeed-streams-test-");
            dir.toFile().deleteOnExit();
            p.put(StreamsConfig.STATE_DIR_CONFIG, dir.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
