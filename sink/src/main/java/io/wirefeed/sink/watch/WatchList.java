package io.wirefeed.sink.watch;

import io.wirefeed.model.Alert;
import io.wirefeed.model.EnrichedStory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
 * {@code language_any}, {@code provider_any}; see {@link WatchRule}. The same rules can come from the topic
 * {@code wire.watchlists} ({@link WatchRuleFormat}, {@link RulesInForce}).
 */
public record WatchList(List<WatchRule> rules) {
    /** The rules of the file, checked: unique ids, no rule without a criterion, no unknown key. */
    public static WatchList read(Path file) {
        return WatchRuleFormat.readFile(file);
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
