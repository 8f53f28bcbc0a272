package io.wirefeed.sink.watch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The text forms of watch-list rules, with one set of keys and checks for both: the YAML rules file
 * ({@code rules:} and a list of rules) and the value of a {@code wire.watchlists} record (one rule as JSON,
 * keyed by its id). Keys: {@value #KEY_LIST}.
 */
public final class WatchRuleFormat {
    static final String KEY_LIST = "id, description, actors_any, actors_all, countries_any, regions_any, focus_any, "
            + "language_any, provider_any";
    private static final List<String> KEYS = List.of(KEY_LIST.split(", "));

    // YAML reads JSON as well, so a rule pasted from the file is also a valid record value
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR))
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .setSerializationInclusion(JsonInclude.Include.NON_EMPTY)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .serializationInclusion(JsonInclude.Include.NON_EMPTY)
            .build();

    private WatchRuleFormat() {}

    /** The rules of a YAML file, checked: unique ids, no rule without a criterion, no unknown key. */
    public static WatchList readFile(Path file) {
        JsonNode tree;
        try {
            tree = YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the watch list " + file + ": " + e.getMessage(), e);
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            return WatchList.empty();
        }
        for (JsonNode rule : tree.path("rules")) {
            checkKeys(rule, "watch list " + file + ", rule " + rule.path("id").asText("?"));
        }
        WatchList list;
        try {
            list = YAML.treeToValue(tree, WatchList.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(reason(e, "watch list " + file), e);
        }
        List<WatchRule> rules = list.rules() == null ? List.of() : list.rules();
        Set<String> ids = new HashSet<>();
        for (WatchRule r : rules) {
            if (!ids.add(r.id())) {
                throw new IllegalArgumentException("watch list " + file + ": rule id " + r.id() + " is used twice");
            }
        }
        return new WatchList(List.copyOf(rules));
    }

    /**
     * The rule a {@code wire.watchlists} record holds: a JSON object with the file's keys, for the rule whose id
     * is the record key ({@code id} may be left out; when given it must equal the key).
     *
     * @throws IllegalArgumentException saying why the record is not a valid rule
     */
    public static WatchRule readRecord(String key, String value) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("no key: a watch-list record is keyed by its rule id");
        }
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("rule " + key + ": empty value (a tombstone, a null value, deletes a rule)");
        }
        JsonNode node;
        try {
            node = YAML.readTree(value);
        } catch (IOException e) {
            throw new IllegalArgumentException(reason(e, "rule " + key + ": not JSON"), e);
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("rule " + key + ": not a JSON object");
        }
        checkKeys(node, "rule " + key);
        JsonNode id = node.get("id");
        if (id != null && !key.equals(id.asText())) {
            throw new IllegalArgumentException("rule " + key + ": the record key and the rule's id (" + id.asText() + ") differ");
        }
        try {
            return YAML.treeToValue(((ObjectNode) node).put("id", key), WatchRule.class);
        } catch (JsonProcessingException e) {
            // the rule's own complaint (no criterion) names the rule already
            throw new IllegalArgumentException(e.getCause() instanceof IllegalArgumentException c ? c.getMessage()
                    : reason(e, "rule " + key), e);
        }
    }

    /** One rule as the value of a {@code wire.watchlists} record; criteria it does not name are left out. */
    public static String toJson(WatchRule rule) {
        try {
            return JSON.writeValueAsString(rule);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write rule " + rule.id(), e);
        }
    }

    /** The rules as a rules file, which {@link #readFile} reads back. */
    public static String toYaml(WatchList list) {
        try {
            return YAML.writeValueAsString(list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the watch list", e);
        }
    }

    private static void checkKeys(JsonNode rule, String where) {
        rule.fieldNames().forEachRemaining(key -> {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException(where + ": unknown key '" + key + "'; known keys: " + KEYS);
            }
        });
    }

    /** The rule's own complaint (no id, no criterion) rather than Jackson's wrapping of it; on one line. */
    private static String reason(IOException e, String where) {
        if (e.getCause() instanceof IllegalArgumentException cause) {
            return where + ": " + cause.getMessage();
        }
        String message = String.valueOf(e.getMessage()).replaceAll("\\s+", " ");
        return where + ": " + (message.length() > 300 ? message.substring(0, 300) + "..." : message);
    }
}
