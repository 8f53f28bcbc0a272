package io.wirefeed.ingest.channel;

import io.wirefeed.model.Topics;
import io.wirefeed.testkit.KafkaFixture;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** The shared test broker, fresh topics per test and the producer ingest uses (idempotent, acks=all). */
final class Broker {
    private Broker() {}

    static String bootstrap() {
        return KafkaFixture.shared().bootstrapServers();
    }

    /** wire.raw (2 partitions) and wire.dlq under a prefix of their own. */
    static Topics freshTopics(String name) throws Exception {
        Topics topics = new Topics(name + "-" + UUID.randomUUID().toString().substring(0, 8) + ".");
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap()))) {
            admin.createTopics(List.of(new NewTopic(topics.raw().name(), 2, (short) 1),
                    new NewTopic(topics.dlq().name(), 1, (short) 1))).all().get();
        }
        return topics;
    }

    static Producer<byte[], byte[]> producer() {
        return new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 0), new ByteArraySerializer(), new ByteArraySerializer());
    }
}
