package io.wirefeed.app;

import io.wirefeed.enrich.kb.KnowledgeBaseLoader;
import io.wirefeed.sink.RegionRouting;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
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

    /**
     * Producers' batch size, per partition: a 4.6 KB enriched record filled Kafka's default 16 KB batch with three,
     * so a region topic's or {@code wire.enriched}'s share of a commit went out as several requests, each one a
     * separate append (and CRC, and compression frame) on the broker. Batches are sent when full, when
     * {@code linger.ms} passes or at a commit, so a larger size costs no latency; see README "Benchmark".
     */
    static final int PRODUCER_BATCH_BYTES = 256 * 1024;

    static Map<String, Object> common(WirefeedConfig config) {
        Map<String, Object> p = new HashMap<>();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        p.putAll(config.kafka());
        return p;
    }

    /**
     * Idempotent, {@code acks=all}: a retried send never duplicates or reorders a story (these two hold whatever the
     * {@code kafka.*} settings say; compression, batching and the rest are defaults those settings override).
     */
    public static Producer<byte[], byte[]> ingestProducer(WirefeedConfig config) {
        return ingestProducer(config, null);
    }

    /** @param clientId the producer's client id (its thread's name ends with it), null for Kafka's default */
    static Producer<byte[], byte[]> ingestProducer(WirefeedConfig config, String clientId) {
        return new KafkaProducer<>(ingestProducerSettings(config, clientId), new ByteArraySerializer(), new ByteArraySerializer());
    }

    static Map<String, Object> ingestProducerSettings(WirefeedConfig config, String clientId) {
        Map<String, Object> p = new HashMap<>();
        if (clientId != null) {
            p.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        }
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, PRODUCER_BATCH_BYTES);
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_RECORD_BYTES);
        p.putAll(common(config));
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return p;
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

    /**
     * Creates the topics of the regions the sink fills when they are missing ({@code sink.region.topics}: every
     * region of the knowledge base, or the ones named), before the sink starts: the regions are a closed set, so
     * no stream thread ever waits for an Admin call. A newer knowledge base with new regions gets their topics
     * when the sink restarts with it.
     *
     * @return the sink's routing: those regions, by {@code sink.region.routing}
     */
    public static RegionRouting createRegionTopics(WirefeedConfig config, Topics topics) {
        Set<String> known = new LinkedHashSet<>();
        KnowledgeBaseLoader.regions().forEach(r -> known.add(r.slug()));
        Set<String> wanted = config.sinkRegionTopics().isEmpty() ? known : config.sinkRegionTopics();
        List<String> unknown = wanted.stream().filter(s -> !known.contains(s)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("configuration key 'sink.region.topics' names regions the knowledge base does not have: "
                    + unknown + "; known: " + known);
        }
        try (TopicProvisioner provisioner = new TopicProvisioner(admin(config), config.regionPartitions(), config.replicationFactor())) {
            provisioner.ensure(wanted.stream().map(s -> topics.region(s).name()).toList());
        }
        return new RegionRouting(wanted, config.sinkRegionRouting());
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
