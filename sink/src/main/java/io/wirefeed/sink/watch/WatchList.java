package io.wirefeed.sink.watch;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.wirefeed.model.Alert;
import io.wirefeed.model.EnrichedStory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A set of watch-list rules, read from a YAML file the monitoring team writes:
 * <pre>
 * rules:
 *   - id: vucic-kurti
 *     description: Vučić and Kurti in one story
 *     actors_all: [Aleksandar Vučić, Albin Kurti]
 *   - id: bosnia
 *     focus_any: [BA]
 * </pre>
 * Keys: {@code actors_any}, {@code actors_all}, {@code countries_any}, {@code regions_any}, {@code focus_any},
 * {@code language_any}, {@code provider_any}; see {@link WatchRule}.
 */
public record WatchList(List<WatchRule> rules) {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static final List<String> KEYS = List.of("id", "description", "actors_any", "actors_all", "countries_any",
            "regions_any", "focus_any", "language_any", "provider_any");

    /** The rules of the file, checked: unique ids, no rule without a criterion, no unknown key. */
    public static WatchList read(Path file) {
        try {
            com.fasterxml.jackson.databind.JsonNode tree = YAML.readTree(file.toFile());
            for (com.fasterxml.jackson.databind.JsonNode rule : tree.path("rules")) {
                rule.fieldNames().forEachRemaining(key -> {
                    if (!KEYS.contains(key)) {
                        throw new IllegalArgumentException("watch list " + file + ": unknown key '" + key + "' in rule "
                                + rule.path("id").asText("?") + "; known keys: " + KEYS);
                    }
                });
            }
            WatchList list = YAML.treeToValue(tree, WatchList.class);
            List<WatchRule> rules = list.rules() == null ? List.of() : list.rules();
            Set<String> ids = new HashSet<>();
            for (WatchRule r : rules) {
                if (!ids.add(r.id())) {
                    throw new IllegalArgumentException("watch list " + file + ": rule id " + r.id() + " is used twice");
                }
            }
            return new WatchList(List.copyOf(rules));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the watch list " + file + ": " + e.getMessage(), e);
        }
    }

    public static WatchList empty() {
        return new WatchList(List.of());
    }

    /** One alert per rule the story matches. */
    public List<Alert> alerts(EnrichedStory story, Instant at) {
        List<Alert> out = new ArrayList<>();
        for (WatchRule r : rules) {
            List<String> why = r.match(story);
            if (!why.isEmpty()) {
                out.add(new Alert(r.id(), r.description(), story.id(), story.headline(), why, at));
            }
        }
        return out;
    }
}
