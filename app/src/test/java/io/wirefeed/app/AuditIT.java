package io.wirefeed.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.model.Json;
import io.wirefeed.model.Topics;
import io.wirefeed.testkit.KafkaFixture;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

/** The audit, on topics written by hand through the real broker. */
class AuditIT {

    @Test
    void findsStoriesMissingAndEnrichedTwiceButNotAStoryPublishedTwiceAndEnrichedOnce() throws Exception {
        String bootstrap = KafkaFixture.shared().bootstrapServers();
        String prefix = "audit-" + UUID.randomUUID().toString().substring(0, 8) + ".";
        Topics topics = new Topics(prefix);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topics.raw().name(), 2, (short) 1),
                    new NewTopic(topics.enriched().name(), 2, (short) 1), new NewTopic(topics.dlq().name(), 1, (short) 1))).all().get();
        }
        try (var p = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            send(p, topics.raw().name(), "a", 1);
            send(p, topics.raw().name(), "b", 1);
            send(p, topics.raw().name(), "c", 1);
            send(p, topics.raw().name(), "a", 2);
            send(p, topics.raw().name(), "d", 1); // one story sent by two ingest instances ...
            send(p, topics.raw().name(), "d", 1);
            send(p, topics.enriched().name(), "d", 1); // ... tagged once: clean
            send(p, topics.enriched().name(), "a", 1);
            send(p, topics.enriched().name(), "a", 2);
            send(p, topics.enriched().name(), "a", 2);
            p.send(new ProducerRecord<>(topics.dlq().name(), bytes("c"), bytes("garbage"))).get();
        }
        WirefeedConfig config = WirefeedConfig.resolve(null, Map.of(), Map.of("bootstrap.servers", bootstrap, "topic.prefix", prefix));
        Audit.Report report = new Audit(config, topics).run(null, null);
        assertThat(report.raw()).isEqualTo(5);
        assertThat(report.enriched()).isEqualTo(3);
        assertThat(report.missing()).containsExactly("b#1");
        assertThat(report.duplicated()).containsExactly("a#2");
        assertThat(report.deadLettered()).isEqualTo(1);
        assertThat(report.clean()).isFalse();
        assertThat(Main.commandLine().execute("audit", "--bootstrap-servers", bootstrap, "--topic-prefix", prefix))
                .isEqualTo(AuditCommand.NOT_CLEAN);
    }

    private static void send(KafkaProducer<byte[], byte[]> p, String topic, String id, int version) throws Exception {
        byte[] value = Json.MAPPER.writeValueAsBytes(Map.of("id", id, "version", version, "headline", "H"));
        p.send(new ProducerRecord<>(topic, bytes(id), value)).get();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
