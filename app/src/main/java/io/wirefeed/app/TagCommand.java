package io.wirefeed.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirefeed.enrich.tagging.Tagger;
import io.wirefeed.ingest.format.NinjsParser;
import io.wirefeed.ingest.format.StoryReader;
import io.wirefeed.ingest.format.UnreadableStoryException;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.wirefeed.model.EnrichedStory;
import io.wirefeed.model.Json;
import io.wirefeed.model.WireStory;
import io.wirefeed.model.ninjs.NinjsSerde;
import io.wirefeed.model.ninjs.NinjsVersion;
import io.wirefeed.model.ninjs.NinjsView;
import java.io.UncheckedIOException;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "tag", mixinStandardHelpOptions = true,
        description = {"Tags stories offline, without Kafka, with the same code as the enrich stage.",
                "Input: JSON lines (one {id, headline, body_text} object or ninjs document a line), one ninjs "
                        + "document, or one plain wire story. Output: one enriched record (JSON) a line on stdout, or with "
                        + "--format ninjs the IPTC ninjs document enrich writes to wire.enriched.ninjs."})
final class TagCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", defaultValue = "-", description = "input file, or - for stdin (default)")
    String input;

    @Mixin
    KnowledgeBaseOptions kb;

    /** What {@code tag} prints for each story. */
    enum Format { enriched, ninjs }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "enriched",
            description = "enriched (the record of wire.enriched, default) or ninjs (the document of wire.enriched.ninjs)")
    Format format;

    @Option(names = "--ninjs-version", paramLabel = "VERSION", defaultValue = "2.1",
            description = "ninjs version with --format ninjs: 2.1 (default) or 3.1")
    String ninjsVersion;

    @Override
    public Integer call() throws IOException {
        if (!"-".equals(input) && !Files.isRegularFile(Path.of(input))) {
            throw new IllegalArgumentException(Files.isDirectory(Path.of(input))
                    ? input + " is a folder; give a file, or - for stdin"
                    : input + " does not exist (give a file, or - for stdin)");
        }
        NinjsVersion version;
        try {
            version = NinjsVersion.of(ninjsVersion);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--ninjs-version: " + e.getMessage());
        }
        byte[] bytes = "-".equals(input) ? System.in.readAllBytes() : Files.readAllBytes(Path.of(input));
        WirefeedConfig config = WirefeedConfig.resolve(null, Map.of(), kb.overrides());
        Tagger tagger = Stages.tagger(config);
        List<String> failures = new ArrayList<>();
        List<WireStory> stories = read(bytes, config, failures);
        Function<EnrichedStory, String> printed = printer(tagger, version);
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        for (WireStory story : stories) {
            out.write(printed.apply(tagger.tag(story)));
            out.newLine();
        }
        out.flush();
        failures.forEach(f -> System.err.println("wirefeed tag: " + f));
        return failures.isEmpty() ? ExitCodes.OK : ExitCodes.SOME_UNREADABLE;
    }

    /** The enriched record as JSON, or its ninjs document exactly as enrich writes it to wire.enriched.ninjs. */
    private Function<EnrichedStory, String> printer(Tagger tagger, NinjsVersion version) {
        if (format == Format.enriched) {
            return story -> {
                try {
                    return Json.MAPPER.writeValueAsString(story);
                } catch (JsonProcessingException e) {
                    throw new UncheckedIOException(e);
                }
            };
        }
        NinjsView view = new NinjsView(version, tagger.subjectNames());
        NinjsSerde serde = new NinjsSerde(version);
        return story -> serde.json(view.document(story));
    }

    /** JSON lines when every non-empty line is a JSON object; otherwise the whole input is one document. */
    static List<WireStory> read(byte[] bytes, WirefeedConfig config, List<String> failures) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        boolean jsonLines = lines.size() > 1 && lines.stream().allMatch(l -> l.strip().startsWith("{") && l.strip().endsWith("}"));
        Instant now = Instant.now();
        List<WireStory> stories = new ArrayList<>();
        if (jsonLines) {
            NinjsParser parser = new NinjsParser();
            for (int i = 0; i < lines.size(); i++) {
                try {
                    JsonNode node = Json.MAPPER.readTree(lines.get(i));
                    stories.add(parser.read(node, now));
                } catch (IOException | UnreadableStoryException e) {
                    failures.add("line " + (i + 1) + ": " + e.getMessage());
                }
            }
            return stories;
        }
        try {
            stories.addAll(new StoryReader(config.maxStoryBytes()).read(bytes, now));
        } catch (UnreadableStoryException e) {
            failures.add(e.getMessage());
        }
        return stories;
    }
}
