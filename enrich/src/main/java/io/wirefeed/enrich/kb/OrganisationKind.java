package io.wirefeed.enrich.kb;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What kind of body an organisation of the knowledge base is: {@code kind:} in {@code kb/organisations}
 * (kb/README.md). The loader refuses any other word; the enriched record writes {@link #label()}, the
 * knowledge base's own word.
 */
public enum OrganisationKind {
    IGO, EU_BODY, GOVERNMENT, PRESIDENCY, PARLIAMENT, MINISTRY, COURT, CENTRAL_BANK, REGULATOR, UNION, PARTY, AGENCY,
    BROADCASTER, MEDIA, MISSION, AGREEMENT, MILITARY, NGO, COMPANY, OTHER;

    private static final Map<String, OrganisationKind> BY_LABEL = new HashMap<>();

    static {
        for (OrganisationKind k : values()) {
            BY_LABEL.put(k.label(), k);
        }
    }

    /** The word the knowledge base and the enriched record use: {@code government}, {@code eu-body}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Every kind's {@link #label()}. */
    public static Set<String> labels() {
        return Arrays.stream(values()).map(OrganisationKind::label).collect(Collectors.toUnmodifiableSet());
    }

    /** The kind {@code label} names; {@link #OTHER} for none (an organisation whose kind is not given). */
    public static OrganisationKind of(String label) {
        return label == null ? OTHER : BY_LABEL.getOrDefault(label, OTHER);
    }

    /** A state body stands for its country when named: "Qeveria e Shqipërisë" and "Oružane snage BiH" refer to their state; a party does not. */
    public boolean standsForCountry() {
        return this == GOVERNMENT || this == PRESIDENCY || this == PARLIAMENT || this == MINISTRY || this == MILITARY;
    }

    /** Outlets are sources ("according to Reuters"), not subjects: their country adds nothing to the focus. */
    public boolean isSource() {
        return this == AGENCY || this == MEDIA || this == BROADCASTER;
    }
}
