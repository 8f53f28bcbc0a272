package io.wirefeed.model;

import java.time.Instant;
import java.util.List;

/**
 * A watch-list match, on {@code wire.alerts} keyed by the rule id.
 *
 * @param rule        the rule's id
 * @param description what the rule watches for, as its author wrote it
 * @param storyId     the story that matched
 * @param headline    its headline
 * @param matched     the tags that made it match ({@code person:albin-kurti}, {@code country:RS}, ...)
 * @param at          the story's record time (when ingest published it), so a replay gives the same alert
 */
public record Alert(String rule, String description, String storyId, String headline, List<String> matched, Instant at) {}
