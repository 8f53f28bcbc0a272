package io.wirefeed.model;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates topics that do not exist yet, with the configured partition count and replication factor, and
 * room for records of up to {@link Topics#MAX_RECORD_BYTES}. Called where a stage starts, never from a stream
 * thread; remembers what it created or saw, so asking again for the same topics costs a set lookup.
 */
public final class TopicProvisioner implements AutoCloseable {
    private final Admin admin;
    private final int partitions;
    private final short replicationFactor;
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    public TopicProvisioner(Admin admin, int partitions, short replicationFactor) {
        this.admin = admin;
        this.partitions = partitions;
        this.replicationFactor = replicationFactor;
    }

    public void ensure(String topic) {
        if (!known.contains(topic)) {
            ensure(List.of(topic));
        }
    }

    public void ensure(Collection<String> topics) {
        create(topics.stream().filter(t -> !known.contains(t))
                .map(t -> new NewTopic(t, partitions, replicationFactor)
                        .configs(Map.of("max.message.bytes", Integer.toString(Topics.MAX_RECORD_BYTES)))).toList());
    }

    /**
     * Creates a compacted topic of one partition if it does not exist (a topic read as a table, such as the
     * watch-list rules: compaction keeps the last record of each key, so the table survives retention).
     * An existing topic is left as it is.
     */
    public void ensureCompacted(String topic) {
        if (!known.contains(topic)) {
            create(List.of(new NewTopic(topic, 1, replicationFactor)
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))));
        }
    }

    private void create(List<NewTopic> missing) {
        if (missing.isEmpty()) {
            return;
        }
        try {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> toCreate = missing.stream().filter(t -> !existing.contains(t.name())).toList();
            if (!toCreate.isEmpty()) {
                admin.createTopics(toCreate).values().forEach((name, f) -> {
                    try {
                        f.get(30, TimeUnit.SECONDS);
                    } catch (ExecutionException e) {
                        if (!(e.getCause() instanceof TopicExistsException)) {
                            throw new IllegalStateException("cannot create topic " + name + ": " + e.getCause().getMessage(), e);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted creating " + name, e);
                    } catch (TimeoutException e) {
                        throw new IllegalStateException("timed out creating topic " + name, e);
                    }
                });
                awaitVisible(toCreate.stream().map(NewTopic::name).toList());
            }
            missing.forEach(t -> known.add(t.name()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted listing topics", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot list topics: " + e.getCause().getMessage(), e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("cannot list topics: the brokers did not answer within 30 s", e);
        }
    }

    /**
     * Waits until the brokers describe the new topics: a client started right after creation (a Streams global
     * store above all, which does not retry) must find their partitions.
     */
    private void awaitVisible(List<String> names) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                admin.describeTopics(names).allTopicNames().get(10, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException | TimeoutException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("topics " + names + " created but not visible after 30 s: " + e.getMessage(), e);
                }
                TimeUnit.MILLISECONDS.sleep(100); // metadata reaches the brokers within moments of the creation
            }
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
