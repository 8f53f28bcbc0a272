package io.wirefeed.app;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import io.wirefeed.model.TopicProvisioner;
import io.wirefeed.model.Topics;

/** Plain Kafka clients built from the configuration: the ingest producer, admin, and the fixed topics. */
public final class KafkaClients {
    private KafkaClients() {}

    static Map<String, Object> common(WirefeedConfig config) {
        Map<String, Object> p = new HashMap<>();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        p.putAll(config.kafka());
        return p;
    }

    /** Idempotent, {@code acks=all}: a retried send never duplicates or reorders a story. */
    public static Producer<byte[], byte[]> ingestProducer(WirefeedConfig config) {
        Map<String, Object> p = common(config);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_RECORD_BYTES);
        return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }

    public static Admin admin(WirefeedConfig config) {
        return Admin.create(common(config));
    }

    /** Creates wire.raw, wire.enriched, wire.dlq and wire.alerts when they are missing. */
    public static void createPipelineTopics(WirefeedConfig config, Topics topics) {
        try (TopicProvisioner provisioner = new TopicProvisioner(admin(config), config.partitions(), config.replicationFactor())) {
            provisioner.ensure(List.of(topics.raw().name(), topics.enriched().name(), topics.dlq().name(), topics.alerts().name()));
        }
    }
}
