package io.wirefeed.app;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import io.wirefeed.model.TopicProvisioner;
import io.wirefeed.model.Topics;

/** Plain Kafka clients built from the configuration: the ingest producer, admin, the watch-list clients, and the fixed topics. */
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

    /** Creates wire.raw, wire.enriched, wire.enriched.ninjs (unless off), wire.dlq, wire.alerts and the compacted wire.watchlists when they are missing. */
    public static void createPipelineTopics(WirefeedConfig config, Topics topics) {
        try (TopicProvisioner provisioner = new TopicProvisioner(admin(config), config.partitions(), config.replicationFactor())) {
            provisioner.ensure(List.of(topics.raw().name(), topics.enriched().name(), topics.dlq().name(), topics.alerts().name()));
            config.ninjs().ifPresent(v -> provisioner.ensure(List.of(topics.enrichedNinjs(v).name())));
            provisioner.ensureCompacted(topics.watchlists().name());
        }
    }

    /** Creates the compacted wire.watchlists (one partition) when it is missing. */
    public static void createWatchlistsTopic(WirefeedConfig config, Topics topics) {
        try (TopicProvisioner provisioner = new TopicProvisioner(admin(config), 1, config.replicationFactor())) {
            provisioner.ensureCompacted(topics.watchlists().name());
        }
    }

    /** Writes watch-list rules: idempotent, {@code acks=all}, so an acknowledged rule is on the topic once. */
    public static Producer<String, String> watchlistProducer(WirefeedConfig config) {
        Map<String, Object> p = common(config);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    /** Reads watch-list rules from partitions it is given (no group), never creating the topic. */
    public static Consumer<String, String> watchlistConsumer(WirefeedConfig config) {
        Map<String, Object> p = common(config);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
    }
}
