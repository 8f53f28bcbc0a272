package io.wirefeed.sink;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/**
 * Which region topics the sink fills, and by which of a story's regions.
 *
 * @param slugs the regions whose topics exist (created before the sink starts) and are filled; a story's
 *              region outside them is not routed
 * @param basis {@link Basis#FOCUS}: a story goes to the regions it is about ({@code focus.regions});
 *              {@link Basis#MENTION}: to every region it refers to ({@code regions})
 */
public record RegionRouting(Set<String> slugs, Basis basis) {
    /** Which of the story's regions choose its region topics. */
    public enum Basis {
        /** {@code focus.regions}: what the story is about. */
        FOCUS,
        /** {@code regions}: every region the story refers to. */
        MENTION;

        /** {@code focus} or {@code mention}, in any case. */
        public static Basis parse(String value) {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        }
    }

    public RegionRouting {
        slugs = Set.copyOf(slugs);
    }

    public static RegionRouting byFocus(Collection<String> slugs) {
        return new RegionRouting(Set.copyOf(slugs), Basis.FOCUS);
    }
}
