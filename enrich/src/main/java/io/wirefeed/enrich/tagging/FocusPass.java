package io.wirefeed.enrich.tagging;

import io.wirefeed.enrich.tagging.FocusScorer.Position;

/**
 * Pass 7, focus: the countries the story is about, from every reference {@link RollUpPass} kept, weighted by
 * what refers ({@link Evidence}) and where ({@link FocusScorer}), and the regions of those countries.
 */
final class FocusPass {
    /** What refers to a country, and how much it says the story is about that country. */
    enum Evidence {
        /** the country's name */
        COUNTRY_NAME(1.0),
        /** the place the dateline names (scored at {@link Position#DATELINE}) */
        DATELINE(1.0),
        /** a place in the country */
        PLACE(0.8),
        /** an adjective or demonym: "Serbian", "Albanians" */
        DEMONYM(0.6),
        /** a known person from the country */
        PERSON(0.5),
        /** a body of the country; not an outlet quoted as a source */
        ORGANISATION(0.4);

        final double weight;

        Evidence(double weight) {
            this.weight = weight;
        }
    }

    /** A reference to {@code country} by {@code evidence}, standing at {@code position}. */
    record Reference(String country, Evidence evidence, Position position) {}

    private final RegionTaxonomy taxonomy;

    FocusPass(RegionTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    void run(Draft draft) {
        FocusScorer scorer = new FocusScorer();
        for (Reference r : draft.references) {
            scorer.add(r.country(), r.evidence().weight, r.position());
        }
        draft.focusCountries = scorer.focus();
        draft.focusRegions = taxonomy.regionsOf(draft.focusCountries, draft.day);
    }
}
