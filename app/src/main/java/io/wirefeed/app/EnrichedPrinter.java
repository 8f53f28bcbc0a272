package io.wirefeed.app;

import io.wirefeed.model.EnrichedStory;
import io.wirefeed.model.TopicSpec;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;

/**
 * Prints one line per enriched story (id, countries, people) as {@code up} runs: a {@code read_committed}
 * consumer of {@code wire.enriched} in its own group, so each story is printed once across restarts.
 */
final class EnrichedPrinter implements AutoCloseable {
    private final KafkaConsumer<String, EnrichedStory> consumer;
    private final TopicSpec<String, EnrichedStory> topic;
    private final PrintStream out;
    private final Thread thread;
    private volatile boolean running = true;

    EnrichedPrinter(WirefeedConfig config, TopicSpec<String, EnrichedStory> topic, PrintStream out) {
        Map<String, Object> p = KafkaClients.common(config);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "wirefeed-console");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        this.consumer = new KafkaConsumer<>(p, topic.keySerde().deserializer(), topic.valueSerde().deserializer());
        this.topic = topic;
        this.out = out;
        this.thread = new Thread(this::loop, "wirefeed-console");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void loop() {
        try {
            consumer.subscribe(List.of(topic.name()));
            while (running) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> out.println(line(r.value())));
                consumer.commitSync();
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    static String line(EnrichedStory s) {
        if (s == null) {
            return "(empty record)";
        }
        String people = s.people().stream().map(EnrichedStory.PersonTag::name).collect(Collectors.joining(", "));
        return String.format("%s  countries=%s  focus=%s  people=[%s]  | %s", s.id(), s.countries(),
                s.focus().countries(), people, s.headline());
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
