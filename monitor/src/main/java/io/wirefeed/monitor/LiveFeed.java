package io.wirefeed.monitor;

import io.wirefeed.model.Json;
import io.wirefeed.model.Topics;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stories and alerts of the live page, as server-sent events. One consumer per instance reads every
 * partition of {@code wire.enriched} and {@code wire.alerts} from their tails (committed records only, no
 * consumer group: each instance's page sees everything) and hands each event to every open page; a page
 * that opens gets the last {@code backlogStories} stories and {@code backlogAlerts} alerts first.
 */
public final class LiveFeed implements Runnable, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LiveFeed.class);
    /** A page that cannot keep up loses its connection rather than holding memory; EventSource reconnects. */
    static final int QUEUE = 1_000;

    /** One open page: the backlog it starts with, then its queue of events. */
    public final class Subscription implements AutoCloseable {
        private final BlockingQueue<String> queue = new ArrayBlockingQueue<>(QUEUE);
        private volatile boolean overflowed;

        public List<String> backlog() {
            return LiveFeed.this.backlog();
        }

        /** The next event, or null after {@code timeout} without one. */
        public String next(Duration timeout) throws InterruptedException {
            return queue.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        public boolean overflowed() {
            return overflowed;
        }

        void offer(String event) {
            if (!queue.offer(event)) {
                overflowed = true;
            }
        }

        @Override
        public void close() {
            subscribers.remove(this);
        }
    }

    private record Event(long timestamp, String text) {}

    private final Map<String, Object> consumerConfig;
    private final String storiesTopic;
    private final String alertsTopic;
    private final int backlogStories;
    private final int backlogAlerts;
    private final Deque<Event> stories = new ArrayDeque<>();
    private final Deque<Event> alerts = new ArrayDeque<>();
    private final Set<Subscription> subscribers = new CopyOnWriteArraySet<>();
    private volatile KafkaConsumer<byte[], byte[]> consumer;
    private volatile boolean closed;
    private Thread thread;

    /** @param kafka bootstrap servers and any client settings */
    public LiveFeed(Map<String, Object> kafka, Topics topics, int backlogStories, int backlogAlerts) {
        this.consumerConfig = new HashMap<>(kafka);
        consumerConfig.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerConfig.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Topics.MAX_RECORD_BYTES);
        consumerConfig.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, Topics.MAX_RECORD_BYTES);
        this.storiesTopic = topics.enriched().name();
        this.alertsTopic = topics.alerts().name();
        this.backlogStories = backlogStories;
        this.backlogAlerts = backlogAlerts;
    }

    public LiveFeed start() {
        thread = new Thread(this, "wirefeed-live-feed");
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    public Subscription subscribe() {
        Subscription s = new Subscription();
        subscribers.add(s);
        return s;
    }

    public int pages() {
        return subscribers.size();
    }

    /** The recent events, oldest first: alerts, then stories. */
    synchronized List<String> backlog() {
        List<String> out = new ArrayList<>();
        alerts.stream().sorted(Comparator.comparingLong(Event::timestamp)).forEach(e -> out.add(e.text()));
        stories.stream().sorted(Comparator.comparingLong(Event::timestamp)).forEach(e -> out.add(e.text()));
        return out;
    }

    @Override
    public void run() {
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(consumerConfig, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer = c;
            if (closed) {
                return;
            }
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of(storiesTopic, alertsTopic)) {
                c.partitionsFor(topic, Duration.ofSeconds(30)).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            c.assign(partitions);
            // start near the tail: enough of each partition to fill the backlog
            Map<TopicPartition, Long> begin = c.beginningOffsets(partitions);
            c.endOffsets(partitions).forEach((tp, end) -> {
                int keep = tp.topic().equals(storiesTopic) ? backlogStories : backlogAlerts;
                c.seek(tp, Math.max(begin.get(tp), end - keep));
            });
            while (!closed) {
                for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(500))) {
                    accept(r);
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            if (!closed) {
                log.error("the live feed stopped: {}", e.toString(), e);
            }
        }
    }

    private void accept(ConsumerRecord<byte[], byte[]> r) {
        if (r.value() == null) {
            return;
        }
        try {
            boolean story = r.topic().equals(storiesTopic);
            Object view = story ? StoryView.of(Topics.ENRICHED_STORY.deserializer().deserialize(r.topic(), r.value()))
                    : Topics.ALERT.deserializer().deserialize(r.topic(), r.value());
            Event e = new Event(r.timestamp(), "event: " + (story ? "story" : "alert") + "\ndata: "
                    + Json.MAPPER.writeValueAsString(view) + "\n\n");
            synchronized (this) {
                Deque<Event> kept = story ? stories : alerts;
                kept.addLast(e);
                while (kept.size() > (story ? backlogStories : backlogAlerts)) {
                    kept.removeFirst();
                }
            }
            subscribers.forEach(s -> s.offer(e.text()));
        } catch (Exception e) {
            // the pipeline dead-letters bad records; the page just does not show this one
            log.warn("live feed: skipped {}-{}@{}: {}", r.topic(), r.partition(), r.offset(), e.toString());
        }
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        KafkaConsumer<byte[], byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        if (thread != null) {
            thread.join(10_000);
        }
    }
}
