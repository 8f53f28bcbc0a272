package io.wirefeed.enrich.tagging;

import java.util.Arrays;

/**
 * The sentences of a story's text, to tell how many of them refer to something: a sentence ends at a line
 * break, or at a full stop, question or exclamation mark followed by a space or a closing quote; not at the
 * stop of an initial ("Milorad J. Petrović", "U.S."), which seldom ends a sentence (when it does, two
 * sentences count as one: a reference only looks less widely spread).
 */
final class Sentences {
    private static final String CLOSING_QUOTES = "\"”’»";

    /** start offset of each sentence, ascending */
    private final int[] starts;

    Sentences(String text) {
        int[] s = new int[16];
        int n = 0;
        s[n++] = 0;
        // only these characters can end a sentence: jump from one to the next (indexOf scans many chars at a time)
        int[] next = new int[ENDS.length];
        for (int k = 0; k < ENDS.length; k++) {
            next[k] = text.indexOf(ENDS[k]);
        }
        for (int i = nearest(next); i >= 0; i = nearest(next)) {
            char c = text.charAt(i);
            boolean end = c == '\n' || i + 1 < text.length()
                    && (Character.isWhitespace(text.charAt(i + 1)) || CLOSING_QUOTES.indexOf(text.charAt(i + 1)) >= 0)
                    && !(c == '.' && initialBefore(text, i));
            if (end) {
                if (n == s.length) {
                    s = Arrays.copyOf(s, n * 2);
                }
                s[n++] = i + 1;
            }
            for (int k = 0; k < ENDS.length; k++) {
                if (next[k] == i) {
                    next[k] = text.indexOf(ENDS[k], i + 1);
                }
            }
        }
        this.starts = Arrays.copyOf(s, n);
    }

    /** the characters a sentence may end at */
    private static final char[] ENDS = {'\n', '.', '!', '?'};

    /** The least offset of {@code next} that is not -1 (none found), or -1. */
    private static int nearest(int[] next) {
        int min = -1;
        for (int at : next) {
            if (at >= 0 && (min < 0 || at < min)) {
                min = at;
            }
        }
        return min;
    }

    /** "J." in "Milorad J. Petrović", "S." in "U.S.": one capital letter standing alone before the stop. */
    private static boolean initialBefore(String text, int stop) {
        return stop >= 1 && Character.isUpperCase(text.charAt(stop - 1))
                && (stop == 1 || !Character.isLetter(text.charAt(stop - 2)));
    }

    /** The index of the sentence that holds offset {@code at}. */
    int indexOf(int at) {
        int i = Arrays.binarySearch(starts, at);
        return i >= 0 ? i : -i - 2;
    }
}
