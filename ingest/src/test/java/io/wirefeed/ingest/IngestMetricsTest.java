package io.wirefeed.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirefeed.ingest.format.StoryReader;
import io.wirefeed.ingest.format.UnreadableStoryException;
import io.wirefeed.model.Topics;
import io.wirefeed.model.WireMetrics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestMetricsTest {
    @TempDir
    Path dir;

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private PublishedLedger ledger;

    @BeforeEach
    void open() {
        ledger = PublishedLedger.open(dir.resolve(PublishedLedger.FILE_NAME), 1000);
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    /** The counter {@code name} with these tags in this test's registry, 0 when nothing counted it. */
    private double count(String name, String... tags) {
        Counter c = registry.find(name).tags(tags).counter();
        return c == null ? 0 : c.count();
    }

    private double stories(String outcome) {
        return count(WireMetrics.STORIES, "stage", "ingest", "outcome", outcome);
    }

    private double deadLetters(String reason) {
        return count(WireMetrics.DEAD_LETTERS, "stage", "ingest", "reason", reason);
    }

    private static byte[] story(String id) {
        return ("{\"uri\":\"" + id + "\",\"headline\":\"Ferry service resumes after storm\","
                + "\"body_text\":\"SPLIT, Mar 3 (Wirefeed Test) - Ferries to the islands sailed again on Tuesday.\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void countsPublishedDuplicateAndDeadLetteredInputs() throws Exception {
        var producer = new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
        Ingestor ingestor = new Ingestor(new StoryReader(1 << 20), new StoryPublisher(producer, Topics.defaults(), 1 << 16),
                ledger, Clock.systemUTC(), Duration.ofSeconds(5), registry);
        ingestor.ingest(story("urn:test:ferry-1"));
        ingestor.ingest(story("urn:test:ferry-2"));
        ingestor.ingest(story("urn:test:ferry-1"));
        byte[] broken = "{\"headline\": \"cut off".getBytes(StandardCharsets.UTF_8);
        var unreadable = catchThrowableOfType(UnreadableStoryException.class, () -> ingestor.ingest(broken));
        ingestor.deadLetter("broken.json", broken, unreadable.getMessage(), unreadable);

        assertThat(stories("published")).isEqualTo(2);
        assertThat(stories("duplicate")).isEqualTo(1);
        assertThat(stories("dead_letter")).isEqualTo(1);
        assertThat(stories("failed")).isZero();
        assertThat(deadLetters("broken_json")).isEqualTo(1);
        assertThat(registry.find(WireMetrics.DEAD_LETTERS).counters()).as("one series per category, none per message")
                .allMatch(c -> c.getId().getTag("reason").matches("[a-z_]+"))
                .hasSize(DeadLetterCategory.values().length);
        assertThat(Metrics.globalRegistry.find(WireMetrics.STORIES).meters()).as("counted in the registry passed in only")
                .isEmpty();
    }

    @Test
    void aFailedPublishIsCountedAsFailedNotPublished() throws Exception {
        var producer = new MockProducer<>(false, null, new ByteArraySerializer(), new ByteArraySerializer());
        Ingestor ingestor = new Ingestor(new StoryReader(1 << 20), new StoryPublisher(producer, Topics.defaults(), 1 << 16),
                ledger, Clock.systemUTC(), Duration.ofMillis(50), registry);
        catchThrowableOfType(PublishException.class, () -> ingestor.ingest(story("urn:test:ferry-3")));
        assertThat(stories("failed")).isEqualTo(1);
        assertThat(stories("published")).isZero();
    }

    private static DeadLetterCategory categoryOf(String input, int maxBytes) {
        return categoryOf(input.getBytes(StandardCharsets.UTF_8), maxBytes);
    }

    private static DeadLetterCategory categoryOf(byte[] input, int maxBytes) {
        var e = catchThrowableOfType(UnreadableStoryException.class,
                () -> new StoryReader(maxBytes).read(input, Instant.EPOCH));
        assertThat(e).as("unreadable: %s", new String(input, StandardCharsets.ISO_8859_1)).isNotNull();
        return DeadLetterCategory.of(e.getMessage());
    }

    @Test
    void categorisesTheReasonsTheReadersGive() {
        assertThat(categoryOf("x".repeat(200), 100)).isEqualTo(DeadLetterCategory.TOO_LARGE);
        assertThat(categoryOf("  \n ", 100)).isEqualTo(DeadLetterCategory.EMPTY);
        assertThat(categoryOf(new byte[] {'Z', 'a', 'g', 'r', 'e', 'b', ' ', (byte) 0xE8, 'a', 's'}, 100))
                .isEqualTo(DeadLetterCategory.NOT_TEXT);
        assertThat(categoryOf(new byte[] {1, 2, 3, 4, 5, 6, 0, 0, 7, 8, 'a'}, 100)).isEqualTo(DeadLetterCategory.NOT_TEXT);
        assertThat(categoryOf("{\"headline\": ", 1000)).isEqualTo(DeadLetterCategory.BROKEN_JSON);
        assertThat(categoryOf("<newsItem><unclosed></newsItem>", 1000)).isEqualTo(DeadLetterCategory.BROKEN_XML);
        assertThat(categoryOf("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY b \"c\">]><a>&b;</a>", 1000))
                .isEqualTo(DeadLetterCategory.DTD_REFUSED);
        assertThat(categoryOf("[1, 2, 3]", 1000)).isEqualTo(DeadLetterCategory.NOT_A_STORY);
        assertThat(categoryOf("<html><body>hello</body></html>", 1000)).isEqualTo(DeadLetterCategory.NOT_A_STORY);
        assertThat(DeadLetterCategory.of("parser failure: java.lang.NullPointerException")).isEqualTo(DeadLetterCategory.PARSER_FAILURE);
        assertThat(DeadLetterCategory.PARSER_FAILURE.label()).isEqualTo("parser_failure");
    }
}
