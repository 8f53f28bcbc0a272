package io.wirefeed.ingest;

import java.util.Locale;

/**
 * The few kinds of reason ingest dead-letters an input for, as a metric tag: the reason itself is free text
 * (file sizes, line numbers, parser messages) and would make every dead letter a time series of its own.
 * Told from the start of the reason the readers write ({@code io.wirefeed.ingest.format}).
 */
public enum DeadLetterCategory {
    TOO_LARGE, EMPTY, NOT_TEXT, DTD_REFUSED, BROKEN_JSON, BROKEN_XML, PARSER_FAILURE,
    /** Well-formed, but not a story: JSON that is not an object, XML of another kind, a feed without items. */
    NOT_A_STORY;

    private final String label = name().toLowerCase(Locale.ROOT);

    /** The tag value: {@code too_large}, {@code not_a_story}, ... */
    public String label() {
        return label;
    }

    public static DeadLetterCategory of(String reason) {
        String r = reason == null ? "" : reason;
        if (r.startsWith("too large")) {
            return TOO_LARGE;
        } else if (r.startsWith("empty")) {
            return EMPTY;
        } else if (r.startsWith("not UTF-8") || r.startsWith("binary content")) {
            return NOT_TEXT;
        } else if (r.startsWith("DTDs")) {
            return DTD_REFUSED;
        } else if (r.startsWith("broken JSON")) {
            return BROKEN_JSON;
        } else if (r.startsWith("broken XML") || r.startsWith("unreadable XML")) {
            return BROKEN_XML;
        } else if (r.startsWith("parser failure")) {
            return PARSER_FAILURE;
        }
        return NOT_A_STORY;
    }
}
