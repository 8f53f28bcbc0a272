package io.wirefeed.localbroker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

class EmbeddedKafkaBrokerIT {

    @Test
    void aRestartedBrokerKeepsItsTopics() throws Exception {
        Path dir = Files.createTempDirectory("wirefeed-restart-");
        try {
            int port = EmbeddedKafkaBroker.freePort();
            try (EmbeddedKafkaBroker first = EmbeddedKafkaBroker.start(dir, port);
                 Admin admin = Admin.create(Map.of("bootstrap.servers", first.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic("kept.topic", 1, (short) 1))).all().get();
            }
            try (EmbeddedKafkaBroker second = EmbeddedKafkaBroker.start(dir, port);
                 Admin admin = Admin.create(Map.of("bootstrap.servers", second.bootstrapServers()))) {
                assertThat(admin.listTopics().names().get()).contains("kept.topic");
            }
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
