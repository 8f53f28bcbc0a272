package io.wirefeed.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.model.Topics;
import io.wirefeed.model.ninjs.NinjsDocument;
import io.wirefeed.model.ninjs.NinjsVersion;
import io.wirefeed.testkit.Await;
import io.wirefeed.testkit.KafkaFixture;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story dropped into the inbox comes out on {@code wire.enriched.ninjs} through the real broker as a ninjs 2.1
 * document that IPTC's schema accepts, and {@code wirefeed tag --format ninjs} prints the very same document.
 */
class NinjsIT {
    private static final String STORY = "podgorica-rail-freight.txt";

    @TempDir
    Path dir;

    @Test
    void aStoryFromTheInboxIsOnTheNinjsTopicAsAValidNinjsDocumentAndTagPrintsTheSame() throws Exception {
        String bootstrap = KafkaFixture.shared().bootstrapServers();
        String prefix = "ninjs-" + UUID.randomUUID().toString().substring(0, 8) + ".";
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        WirefeedConfig config = WirefeedConfig.resolve(null, Map.of(), Map.of(
                "bootstrap.servers", bootstrap, "topic.prefix", prefix, "topic.partitions", "2",
                "state.dir", dir.resolve("state").toString(), "inbox", inbox.toString(), "inbox.poll.ms", "200",
                "http.port", "0"));
        Topics topics = new Topics(prefix);
        var ninjs = topics.enrichedNinjs(NinjsVersion.V2_1);
        Path story = dir.resolve(STORY);
        try (InputStream in = NinjsIT.class.getResourceAsStream("/ninjs/" + STORY)) {
            Files.write(story, in.readAllBytes());
        }
        try (Stages stages = new Stages(config)) {
            stages.startEnrich(Stages.tagger(config));
            stages.startIngest();
            Files.copy(story, inbox.resolve(STORY + ".tmp"));
            Files.move(inbox.resolve(STORY + ".tmp"), inbox.resolve(STORY));

            ConsumerRecord<byte[], byte[]> record = Await.records(bootstrap, ninjs.name(), Duration.ofSeconds(90),
                    r -> !r.isEmpty()).get(0);
            String json = new String(record.value(), StandardCharsets.UTF_8);
            assertThat(NinjsSchemas.errors(NinjsSchemas.projectCopy(NinjsVersion.V2_1), json)).isEmpty();

            NinjsDocument doc = ninjs.valueSerde().deserializer().deserialize(ninjs.name(), record.value());
            assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo(doc.altids().get(0).value());
            assertThat(doc.uri()).isEqualTo("urn:wirefeed:story:" + doc.altids().get(0).value());
            assertThat(doc.located()).isEqualTo("PODGORICA");
            assertThat(doc.people()).extracting(NinjsDocument.Item::name, NinjsDocument.Item::rel, NinjsDocument.Item::uri)
                    .contains(org.assertj.core.groups.Tuple.tuple("Milojko Spajić", "Prime Minister", "urn:wirefeed:person:milojko-spajic"),
                            org.assertj.core.groups.Tuple.tuple("Aleksandar Vučić", "President", "urn:wirefeed:person:aleksandar-vucic"));
            assertThat(doc.organisations()).extracting(NinjsDocument.Item::uri).contains("urn:wirefeed:org:eu");
            assertThat(doc.places()).extracting(NinjsDocument.Item::uri).allMatch(u -> u == null
                    || u.startsWith("https://sws.geonames.org/") || u.startsWith("https://www.iso.org/obp/ui/#iso:code:3166:"));
            assertThat(doc.subjects()).filteredOn(s -> "focus".equals(s.rel()))
                    .extracting(NinjsDocument.Subject::uri)
                    .contains("https://www.iso.org/obp/ui/#iso:code:3166:ME", "https://www.iso.org/obp/ui/#iso:code:3166:RS",
                            "urn:wirefeed:region:western-balkans");

            assertThat(tagAsNinjs(story)).isEqualTo(json);
        }
    }

    /** What the packaged {@code wirefeed tag --format ninjs FILE} prints. */
    private String tagAsNinjs(Path file) throws Exception {
        Path jar = Path.of("target", "wirefeed.jar").toAbsolutePath();
        assertThat(jar).as("the packaged jar (the package phase runs before integration tests)").exists();
        Path out = dir.resolve("tag.out");
        Process tag = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "tag", "--format", "ninjs", file.toString())
                .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(tag.waitFor(120, TimeUnit.SECONDS)).as("wirefeed tag finished").isTrue();
        assertThat(tag.exitValue()).isZero();
        return Files.readString(out, StandardCharsets.UTF_8).strip();
    }
}
