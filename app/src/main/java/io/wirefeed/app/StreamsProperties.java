package io.wirefeed.app;

import io.micrometer.core.instrument.MeterRegistry;
import io.wirefeed.model.Topics;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import io.wirefeed.app.errors.DeadLetterDeserializationHandler;
import io.wirefeed.app.errors.DeadLetterProcessingHandler;
import io.wirefeed.app.errors.DeadLetterProductionHandler;
import io.wirefeed.app.errors.DeadLetters;

/**
 * The Kafka Streams settings every wirefeed stage shares: exactly-once processing, records up to
 * {@link Topics#MAX_RECORD_BYTES}, and an error policy under which a record that cannot be deserialised,
 * processed or produced is written to {@code wire.dlq} with its stage, reason and source in headers
 * ({@code io.wirefeed.app.errors}) and processing goes on, counted in the registry passed in.
 */
public final class StreamsProperties {
    private StreamsProperties() {}

    public static Properties forStage(WirefeedConfig config, String applicationId, String dlqTopic, MeterRegistry registry) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.STATE_DIR_CONFIG, config.stateDir().resolve(applicationId).toString());
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) config.replicationFactor());
        p.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, dlqTopic);
        p.put(DeadLetters.STAGE_CONFIG, applicationId);
        p.put(DeadLetters.METER_REGISTRY_CONFIG, registry);
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterDeserializationHandler.class);
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class);
        p.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProductionHandler.class);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), Topics.MAX_RECORD_BYTES);
        p.put(StreamsConfig.topicPrefix("max.message.bytes"), Integer.toString(Topics.MAX_RECORD_BYTES));
        // commit often: exactly-once output becomes visible to read_committed consumers at each commit
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
        p.put(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), KafkaClients.PRODUCER_BATCH_BYTES);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        // a kafka.* setting wins over the defaults above, the ones made for producers or consumers too: Streams
        // would give a prefixed default ("producer.compression.type") precedence over the plain setting
        config.kafka().forEach((key, value) -> {
            p.remove(StreamsConfig.producerPrefix(key));
            p.remove(StreamsConfig.consumerPrefix(key));
            p.put(key, value);
        });
        return p;
    }
}
