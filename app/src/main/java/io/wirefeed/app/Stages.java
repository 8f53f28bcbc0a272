package io.wirefeed.app;

import io.wirefeed.enrich.EnrichTopology;
import io.wirefeed.enrich.kb.KnowledgeBaseLoader;
import io.wirefeed.enrich.tagging.Tagger;
import io.wirefeed.ingest.StoryPublisher;
import io.wirefeed.ingest.channel.InboxWatcher;
import io.wirefeed.ingest.format.StoryReader;
import io.wirefeed.model.TopicProvisioner;
import io.wirefeed.model.Topics;
import io.wirefeed.sink.SinkTopology;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts and stops the three stages against one Kafka cluster. Each is independent: {@code up} runs all
 * three in one process, {@code ingest}, {@code enrich} and {@code sink} run one each.
 */
public final class Stages implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Stages.class);
    public static final String ENRICH_APP_ID = "wirefeed-enrich";
    public static final String SINK_APP_ID = "wirefeed-sink";

    private final WirefeedConfig config;
    private final Topics topics;
    private final List<AutoCloseable> running = new ArrayList<>();

    public Stages(WirefeedConfig config) {
        this.config = config;
        this.topics = new Topics(config.topicPrefix());
        KafkaClients.createPipelineTopics(config, topics);
    }

    public Topics topics() {
        return topics;
    }

    /** Loads the knowledge base and compiles the tagger (the overlay, if configured, included). */
    public static Tagger tagger(WirefeedConfig config) {
        long t0 = System.nanoTime();
        Tagger tagger = new Tagger(KnowledgeBaseLoader.load(config.kbOverlay()));
        log.info("knowledge base {} compiled: {} aliases in {} ms", tagger.kbVersion(), tagger.aliasCount(),
                (System.nanoTime() - t0) / 1_000_000);
        return tagger;
    }

    public KafkaStreams startEnrich(Tagger tagger) {
        return start(new KafkaStreams(EnrichTopology.build(topics, tagger),
                StreamsProperties.forStage(config, ENRICH_APP_ID, topics.dlq().name())));
    }

    public KafkaStreams startSink() {
        TopicProvisioner provisioner = new TopicProvisioner(KafkaClients.admin(config), config.regionPartitions(),
                config.replicationFactor());
        running.add(provisioner);
        return start(new KafkaStreams(SinkTopology.build(topics, provisioner::ensure),
                StreamsProperties.forStage(config, SINK_APP_ID, topics.dlq().name())));
    }

    /** Watches the inbox on a thread of its own until {@link #close()}. */
    public InboxWatcher startIngest() {
        Producer<byte[], byte[]> producer = KafkaClients.ingestProducer(config);
        InboxWatcher watcher = new InboxWatcher(config.inbox(), new StoryReader(config.maxStoryBytes()),
                new StoryPublisher(producer, topics, config.maxDeadLetterBytes()), config.inboxPoll(), Clock.systemUTC());
        Thread thread = new Thread(watcher, "wirefeed-inbox");
        thread.setDaemon(true);
        thread.start();
        running.add(producer::close);
        running.add(() -> {
            watcher.close();
            thread.interrupt();
            thread.join(10_000);
        });
        log.info("watching {} for stories", config.inbox().toAbsolutePath());
        return watcher;
    }

    private KafkaStreams start(KafkaStreams streams) {
        // a failed stream thread is replaced; the record that failed it went to the dead-letter topic
        streams.setUncaughtExceptionHandler(e -> {
            log.error("stream thread failed, replacing it", e);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.start();
        running.add(streams::close);
        return streams;
    }

    @Override
    public void close() {
        for (int i = running.size() - 1; i >= 0; i--) {
            try {
                running.get(i).close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                log.warn("error while stopping: {}", e.toString());
            }
        }
        running.clear();
    }
}
