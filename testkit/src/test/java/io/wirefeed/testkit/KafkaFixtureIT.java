package io.wirefeed.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class KafkaFixtureIT {

    @Test
    void theChosenBrokerTakesAndServesRecords() throws Exception {
        KafkaFixture kafka = KafkaFixture.shared();
        assertThat(kafka.kind()).isIn("embedded", "testcontainers", "external");
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic("fixture.check", 1, (short) 1))).all().get();
        }
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("fixture.check", "k", "hello broker")).get();
        }
        var records = Await.records(kafka.bootstrapServers(), "fixture.check", Duration.ofSeconds(30), r -> !r.isEmpty());
        assertThat(new String(records.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("hello broker");
    }
}
