package io.wirefeed.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.kb.KnowledgeBaseLoader;
import io.wirefeed.model.EnrichedStory;
import io.wirefeed.model.Topics;
import io.wirefeed.testkit.Await;
import io.wirefeed.testkit.KafkaFixture;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest → enrich → sink through the real broker, with the production Streams configuration. */
class PipelineIT {
    @TempDir
    Path dir;

    @Test
    void aStoryDroppedInTheInboxComesOutTaggedOnTheEnrichedAndRegionTopicsAndABadFileGoesToTheDeadLetters() throws Exception {
        String bootstrap = KafkaFixture.shared().bootstrapServers();
        String prefix = "it-" + UUID.randomUUID().toString().substring(0, 8) + ".";
        Path inbox = dir.resolve("inbox");
        WirefeedConfig config = WirefeedConfig.resolve(null, Map.of(), Map.of(
                "bootstrap.servers", bootstrap, "topic.prefix", prefix, "topic.partitions", "2",
                "state.dir", dir.resolve("state").toString(), "inbox", inbox.toString(), "inbox.poll.ms", "200",
                "http.port", "0", "watchlist.file", watchList().toString()));
        Topics topics = new Topics(prefix);
        Files.createDirectories(inbox);
        try (Stages stages = new Stages(config)) {
            stages.startEnrich(Stages.tagger(config));
            stages.startSink();
            try (Admin admin = KafkaClients.admin(config)) {
                assertThat(admin.listTopics().names().get()).as("every region's topic exists once the sink has started")
                        .containsAll(KnowledgeBaseLoader.regions().stream().map(r -> topics.region(r.slug()).name()).toList());
            }
            stages.startIngest();

            copySample("sample-belgrade-pristina-dialogue.txt", inbox);
            EnrichedStory story = awaitEnriched(bootstrap, topics, 1).get("first");
            assertThat(story.countries()).contains("RS", "XK");
            assertThat(story.people()).extracting(EnrichedStory.PersonTag::name).contains("Aleksandar Vučić", "Albin Kurti");
            assertThat(story.organisations()).extracting(EnrichedStory.OrganisationTag::name).contains("European Union");
            assertThat(story.focus().countries()).contains("RS");
            assertThat(story.focus().regions()).contains("balkans");
            assertThat(story.regions()).contains("western-balkans");

            var region = Await.records(bootstrap, topics.region("western-balkans").name(), Duration.ofSeconds(60),
                    r -> !r.isEmpty());

            // the watch list: Vučić and Kurti in one story raises an alert keyed by the rule id
            var alerts = Await.records(bootstrap, topics.alerts().name(), Duration.ofSeconds(60), r -> !r.isEmpty());
            assertThat(new String(alerts.get(0).key(), StandardCharsets.UTF_8)).isEqualTo("vucic-kurti");
            assertThat(Topics.ALERT.deserializer().deserialize("t", alerts.get(0).value()).storyId()).isEqualTo(story.id());
            assertThat(new String(region.get(0).key(), StandardCharsets.UTF_8)).isEqualTo(story.id());
            assertThat(region.get(0).value()).as("the enriched record's bytes, untouched")
                    .isEqualTo(Await.records(bootstrap, topics.enriched().name(), Duration.ofSeconds(10), r -> !r.isEmpty()).get(0).value());

            // a malformed file goes to the dead letters with its reason, and the next good file still flows
            Files.writeString(inbox.resolve("broken.json"), "{\"headline\": \"cut off");
            copySample("sample-kurti-sq.txt", inbox);
            var dlq = Await.records(bootstrap, topics.dlq().name(), Duration.ofSeconds(60), r -> !r.isEmpty());
            assertThat(new String(dlq.get(0).headers().lastHeader("wirefeed.dlq.reason").value(), StandardCharsets.UTF_8))
                    .contains("broken JSON");
            var enriched = Await.records(bootstrap, topics.enriched().name(), Duration.ofSeconds(60), r -> r.size() >= 2);
            EnrichedStory second = Topics.ENRICHED_STORY.deserializer().deserialize("t", enriched.get(enriched.size() - 1).value());
            assertThat(second.people()).extracting(EnrichedStory.PersonTag::name).contains("Albin Kurti");
        }
    }

    private static Map<String, EnrichedStory> awaitEnriched(String bootstrap, Topics topics, int n) {
        var records = Await.records(bootstrap, topics.enriched().name(), Duration.ofSeconds(90), r -> r.size() >= n);
        ConsumerRecord<byte[], byte[]> first = records.get(0);
        return Map.of("first", Topics.ENRICHED_STORY.deserializer().deserialize("t", first.value()));
    }

    private Path watchList() throws Exception {
        Path file = dir.resolve("watch.yaml");
        Files.writeString(file, """
                rules:
                  - id: vucic-kurti
                    description: Vučić and Kurti in one story
                    actors_all: [Aleksandar Vučić, person:albin-kurti]
                """);
        return file;
    }

    static void copySample(String name, Path inbox) throws Exception {
        try (InputStream in = PipelineIT.class.getResourceAsStream("/samples/" + name)) {
            Path tmp = inbox.resolve(name + ".tmp");
            Files.copy(in, tmp);
            Files.move(tmp, inbox.resolve(name));
        }
    }
}
