package io.wirefeed.monitor;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The actors of one region in one window, with the number of stories naming each: the value of the
 * {@code region-actors-*} stores, from which the top actors are read.
 */
public record ActorCounts(Map<String, Count> actors) {
    /** @param name the actor's name as last tagged */
    public record Count(String name, long count) {}

    /** One actor ranked: {@code subject} is its id. */
    public record Ranked(String subject, String name, long count) {}

    public static ActorCounts empty() {
        return new ActorCounts(Map.of());
    }

    ActorCounts add(Subject actor) {
        Map<String, Count> next = new HashMap<>(actors == null ? Map.of() : actors);
        next.merge(actor.key(), new Count(actor.name(), 1), (a, b) -> new Count(b.name(), a.count() + 1));
        return new ActorCounts(next);
    }

    /** The {@code limit} actors named in most stories, ties by name. */
    public List<Ranked> top(int limit) {
        return (actors == null ? Map.<String, Count>of() : actors).entrySet().stream()
                .map(e -> new Ranked(e.getKey(), e.getValue().name(), e.getValue().count()))
                .sorted(Comparator.comparingLong(Ranked::count).reversed().thenComparing(Ranked::name))
                .limit(limit).toList();
    }
}
