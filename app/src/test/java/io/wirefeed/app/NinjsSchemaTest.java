package io.wirefeed.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import io.wirefeed.enrich.tagging.Tagger;
import io.wirefeed.model.WireStory;
import io.wirefeed.model.ninjs.NinjsDocument;
import io.wirefeed.model.ninjs.NinjsSerde;
import io.wirefeed.model.ninjs.NinjsVersion;
import io.wirefeed.model.ninjs.NinjsView;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The ninjs view of every story of the dev set and every sample (the team's shared ones and those {@code up}
 * seeds), tagged here as {@code wirefeed tag} tags them, validates against IPTC's official schemas.
 */
class NinjsSchemaTest {
    private static final List<String> SEEDED = List.of("sample-belgrade-pristina-dialogue.txt", "sample-kurti-sq.txt",
            "sample-zagreb-sabor-hr.txt", "sample-athens-ankara.json");
    private static WirefeedConfig config;
    private static Tagger tagger;

    @BeforeAll
    static void compileTheTagger() {
        config = WirefeedConfig.resolve(null, Map.of(), Map.of());
        tagger = Stages.tagger(config);
    }

    private static List<WireStory> read(byte[] bytes, String source) {
        List<String> failures = new ArrayList<>();
        List<WireStory> stories = TagCommand.read(bytes, config, failures);
        assertThat(failures).as("stories of " + source + " that could not be read").isEmpty();
        return stories;
    }

    private static List<WireStory> devAndSamples() throws IOException {
        List<WireStory> stories = new ArrayList<>(
                read(Files.readAllBytes(NinjsSchemas.shared("eval/dev").resolve("stories.jsonl")), "the dev set"));
        assertThat(stories).as("dev stories").hasSizeGreaterThanOrEqualTo(25);
        try (Stream<Path> shared = Files.list(NinjsSchemas.shared("samples"))) {
            for (Path sample : shared.sorted().toList()) {
                stories.addAll(read(Files.readAllBytes(sample), sample.toString()));
            }
        }
        for (String name : SEEDED) {
            try (InputStream in = NinjsSchemaTest.class.getResourceAsStream("/samples/" + name)) {
                stories.addAll(read(in.readAllBytes(), name));
            }
        }
        return stories;
    }

    private static NinjsDocument view(String file, NinjsVersion version) throws IOException {
        return new NinjsView(version, tagger.subjectNames()).document(tagger.tag(read(Files.readAllBytes(Path.of(file)), file).get(0)));
    }

    @ParameterizedTest
    @EnumSource(NinjsVersion.class)
    void theViewOfEveryDevStoryAndEverySampleValidatesAgainstTheOfficialSchema(NinjsVersion version) throws IOException {
        Schema schema = NinjsSchemas.official(version);
        NinjsView view = new NinjsView(version, tagger.subjectNames());
        NinjsSerde serde = new NinjsSerde(version);
        List<WireStory> stories = devAndSamples();
        List<String> invalid = new ArrayList<>();
        for (WireStory story : stories) {
            String json = serde.json(view.document(tagger.tag(story)));
            List<String> errors = NinjsSchemas.errors(schema, json);
            if (!errors.isEmpty()) {
                invalid.add(story.id() + ": " + errors);
            }
        }
        assertThat(stories).hasSizeGreaterThanOrEqualTo(25 + 1 + SEEDED.size());
        assertThat(invalid).as("documents the ninjs " + version.number() + " schema rejects").isEmpty();
    }

    @Test
    void theSeedSampleNamesItsPeopleOrganisationsAndCountriesWithSerbiaAndRussiaAsTheFocus() throws IOException {
        Path sample = NinjsSchemas.shared("samples").resolve("ibna-dacic-lavrov.txt");
        NinjsDocument doc = view(sample.toString(), NinjsVersion.V2_1);
        assertThat(doc.people()).extracting(NinjsDocument.Item::name).contains("Ivica Dačić", "Sergey Lavrov", "Aleksandar Vučić");
        assertThat(doc.people()).filteredOn(p -> p.name().equals("Sergey Lavrov")).extracting(NinjsDocument.Item::rel)
                .containsExactly("Minister of Foreign Affairs");
        assertThat(doc.organisations()).extracting(NinjsDocument.Item::name)
                .contains("European Union", "United Nations Security Council");
        assertThat(doc.subjects()).extracting(NinjsDocument.Subject::literal).contains("RS", "RU", "XK", "CN");
        assertThat(doc.subjects()).filteredOn(s -> "focus".equals(s.rel()) && s.literal().length() == 2)
                .extracting(NinjsDocument.Subject::literal).containsExactlyInAnyOrder("RS", "RU");
        assertThat(doc.uri()).isEqualTo("urn:wirefeed:story:" + doc.altids().get(0).value());
    }

    @Test
    void aNinjsInputKeepsItsUriVersionTimeBylineAndLanguage() throws IOException {
        Path copy = Files.createTempFile("athens-ankara", ".json");
        try (InputStream in = NinjsSchemaTest.class.getResourceAsStream("/samples/sample-athens-ankara.json")) {
            Files.write(copy, in.readAllBytes());
            NinjsDocument doc = view(copy.toString(), NinjsVersion.V2_1);
            assertThat(doc.uri()).isEqualTo("urn:wirefeed:sample:athens-ankara-1");
            assertThat(doc.version()).isEqualTo("1");
            assertThat(doc.versioncreated()).hasToString("2026-11-27T09:30:00Z");
            assertThat(doc.by()).isEqualTo("Wirefeed desk");
            assertThat(doc.language()).isEqualTo("en");
            assertThat(doc.located()).isEqualTo("ATHENS");
        } finally {
            Files.deleteIfExists(copy);
        }
    }
}
