package io.wirefeed.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirefeed.enrich.tagging.Tagger;
import io.wirefeed.ingest.format.NinjsParser;
import io.wirefeed.ingest.format.StoryReader;
import io.wirefeed.ingest.format.UnreadableStoryException;
import io.wirefeed.model.Json;
import io.wirefeed.model.WireStory;
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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "tag", mixinStandardHelpOptions = true,
        description = {"Tags stories offline, without Kafka, with the same code as the enrich stage.",
                "Input: JSON lines (one {id, headline, body_text} object or ninjs document a line), one ninjs "
                        + "document, or one plain wire story. Output: one enriched record (JSON) a line on stdout."})
final class TagCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "FILE", defaultValue = "-", description = "input file, or - for stdin (default)")
    String input;

    @Option(names = "--kb-overlay", paramLabel = "FILE", description = "YAML file adding people and organisations")
    Path kbOverlay;

    @Option(names = "--gazetteer", paramLabel = "FILE", description = "GeoNames file (cities1000.txt layout) widening the gazetteer")
    Path gazetteer;

    @Override
    public Integer call() throws IOException {
        byte[] bytes = "-".equals(input) ? System.in.readAllBytes() : Files.readAllBytes(Path.of(input));
        Map<String, String> files = new java.util.HashMap<>();
        if (kbOverlay != null) {
            files.put(WirefeedConfig.KB_OVERLAY_CONFIG, kbOverlay.toString());
        }
        if (gazetteer != null) {
            files.put(WirefeedConfig.GAZETTEER_FILE_CONFIG, gazetteer.toString());
        }
        WirefeedConfig config = WirefeedConfig.resolve(null, Map.of(), files);
        Tagger tagger = Stages.tagger(config);
        List<String> failures = new ArrayList<>();
        List<WireStory> stories = read(bytes, config, failures);
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        for (WireStory story : stories) {
            out.write(Json.MAPPER.writeValueAsString(tagger.tag(story)));
            out.newLine();
        }
        out.flush();
        failures.forEach(f -> System.err.println("wirefeed tag: " + f));
        return failures.isEmpty() ? ExitCodes.OK : ExitCodes.SOME_UNREADABLE;
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
