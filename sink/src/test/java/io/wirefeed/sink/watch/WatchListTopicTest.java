package io.wirefeed.sink.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class WatchListTopicTest {
    private static final String TOPIC = "wire.watchlists";
    private static final WatchListTopic WATCHLISTS = new WatchListTopic(TOPIC, Duration.ofSeconds(5));

    @Test
    void putsEveryRuleKeyedByItsIdAndDeletesWithATombstone() {
        MockProducer<String, String> producer = new MockProducer<>(true, null, new StringSerializer(), new StringSerializer());
        WatchRule serbia = new WatchRule("serbia", null, null, null, null, null, List.of("RS"), null, null);
        WatchRule kosovo = new WatchRule("kosovo", "Kosovo", null, null, List.of("XK"), null, null, null, null);
        WATCHLISTS.put(producer, new WatchList(List.of(serbia, kosovo)));
        WATCHLISTS.delete(producer, "serbia");

        assertThat(producer.history()).extracting(r -> r.topic(), r -> r.key())
                .containsExactly(tuple(TOPIC, "serbia"), tuple(TOPIC, "kosovo"), tuple(TOPIC, "serbia"));
        assertThat(WatchRuleFormat.readRecord("kosovo", producer.history().get(1).value())).isEqualTo(kosovo);
        assertThat(producer.history().get(2).value()).isNull();
    }

    @Test
    void readsTheRulesInForceAsTheSinkDoesLastGoodVersionTombstonesAndSkippedRecords() {
        MockConsumer<String, String> consumer = new MockConsumer<>("earliest");
        TopicPartition tp = new TopicPartition(TOPIC, 0);
        consumer.updatePartitions(TOPIC, List.of(new PartitionInfo(TOPIC, 0, Node.noNode(), new Node[0], new Node[0])));
        consumer.updateBeginningOffsets(Map.of(tp, 0L));
        consumer.updateEndOffsets(Map.of(tp, 5L));
        consumer.schedulePollTask(() -> {
            consumer.addRecord(new ConsumerRecord<>(TOPIC, 0, 0, "serbia", "{\"focus_any\": [\"RS\"]}"));
            consumer.addRecord(new ConsumerRecord<>(TOPIC, 0, 1, "kosovo", "{\"countries_any\": [\"XK\"]}"));
            consumer.addRecord(new ConsumerRecord<>(TOPIC, 0, 2, "kosovo", "{\"countries_any\": ["));
            consumer.addRecord(new ConsumerRecord<>(TOPIC, 0, 3, "serbia", null));
            consumer.addRecord(new ConsumerRecord<>(TOPIC, 0, 4, "bosnia", "{\"focus_any\": [\"BA\"]}"));
        });

        WatchListTopic.Snapshot snapshot = WATCHLISTS.read(consumer);
        assertThat(snapshot.rules().rules()).extracting(WatchRule::id).containsExactly("kosovo", "bosnia");
        assertThat(snapshot.rules().rules().get(0).countriesAny()).containsExactly("XK");
        assertThat(snapshot.skipped()).singleElement().satisfies(s -> {
            assertThat(s.offset()).isEqualTo(2);
            assertThat(s.reason()).startsWith("rule kosovo: not JSON");
        });
    }
}
