package io.wirefeed.enrich.tagging;

import io.wirefeed.model.EnrichedStory.Mention;
import java.util.Locale;

/** What a mention in the enriched record is; {@link #label()} is the {@code type} written in the record. */
enum MentionType {
    COUNTRY, DEMONYM, REGION, PLACE, PERSON, ORGANISATION, AGREEMENT;

    private final String label = name().toLowerCase(Locale.ROOT);

    String label() {
        return label;
    }

    /** The record's mention of {@code text} at {@code start..end} of the tagged text, meaning {@code ref} (or null). */
    Mention at(int start, int end, String text, String ref) {
        return new Mention(start, end, text, label, ref);
    }
}
