package io.wirefeed.enrich.tagging;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What kind of body an organisation of the knowledge base is ({@code kind:} in {@code kb/organisations}), as
 * far as tagging cares. The enriched record keeps the knowledge base's own word; a word this enum does not
 * know (a kind an overlay made up) reads as {@link #OTHER}.
 */
enum OrganisationKind {
    AGENCY, AGREEMENT, BROADCASTER, COMPANY, COURT, EU_BODY, GOVERNMENT, IGO, MEDIA, MILITARY, MINISTRY, MISSION, NGO,
    OTHER, PARLIAMENT, PARTY, PRESIDENCY;

    private static final Map<String, OrganisationKind> BY_LABEL = new HashMap<>();

    static {
        for (OrganisationKind k : values()) {
            BY_LABEL.put(k.label(), k);
        }
    }

    /** The word the knowledge base and the enriched record use: {@code government}, {@code eu-body}. */
    String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static OrganisationKind of(String label) {
        return label == null ? OTHER : BY_LABEL.getOrDefault(label, OTHER);
    }

    /** A state body stands for its country when named: "Qeveria e Shqipërisë" refers to Albania; a party does not. */
    boolean standsForCountry() {
        return this == GOVERNMENT || this == PRESIDENCY || this == PARLIAMENT || this == MINISTRY;
    }

    /**
     * Outlets are sources ("according to Reuters"), not subjects: their country adds nothing to the focus.
     */
    boolean isSource() {
        return this == AGENCY || this == MEDIA || this == BROADCASTER;
    }
}
