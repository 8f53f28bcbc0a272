package io.wirefeed.enrich.tagging;

import io.wirefeed.enrich.tagging.FocusScorer.Position;
import io.wirefeed.enrich.tagging.FocusScorer.Via;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pass 7, focus: the countries the story is about, from every reference {@link RollUpPass} kept, weighted by
 * what refers ({@link Evidence}) and where ({@link FocusScorer}), and the regions of those countries. One
 * phrase is one piece of evidence: the demonym of a person's title ("Greek Foreign Minister Nikos Dendias")
 * adds no weight of its own to the person's (it still shows the story names the country, see
 * {@link Via#TITLED_PERSON}). (A demonym after another country's name or demonym, "Bosnian Serb", names an ethnic
 * group living there and is no reference at all: {@link ContextFilterPass}.)
 */
final class FocusPass {
    /** Characters at most between a demonym and the person it qualifies, for words of a title ("Foreign Minister"). */
    static final int TITLE_SPAN = 40;

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
        ORGANISATION(0.4),
        /**
         * a company based in the country: like a person, an actor of the country, which alone does not make the
         * story about it (a miner's home country in a story about its mine abroad)
         */
        COMPANY(0.4);

        final double weight;

        Evidence(double weight) {
            this.weight = weight;
        }
    }

    /**
     * A reference to {@code country} by {@code evidence}, standing at {@code position}, at offsets
     * {@code start..end} of the draft's text (-1 for the dateline, which stands outside it).
     */
    record Reference(String country, Evidence evidence, Position position, int start, int end) {}

    private final RegionTaxonomy taxonomy;

    FocusPass(RegionTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    void run(Draft draft) {
        List<Reference> refs = new ArrayList<>(draft.references);
        refs.sort(Comparator.comparingInt(Reference::start));
        Sentences sentences = new Sentences(draft.text);
        FocusScorer scorer = new FocusScorer();
        boolean titled = false;
        for (int i = 0; i < refs.size(); i++) {
            Reference r = refs.get(i);
            Reference after = i + 1 < refs.size() ? refs.get(i + 1) : null;
            if (r.evidence() == Evidence.DEMONYM && qualifiesPerson(draft.text, r, after)) {
                titled = true;
                continue;
            }
            Via via = switch (r.evidence()) {
                case PERSON -> titled ? Via.TITLED_PERSON : Via.PERSON;
                case COMPANY -> Via.PERSON;
                default -> Via.COUNTRY;
            };
            titled = false;
            int sentence = r.start() < 0 ? FocusScorer.NO_SENTENCE : sentences.indexOf(r.start());
            scorer.add(r.country(), r.evidence().weight, r.position(), sentence, via);
        }
        draft.focusCountries = scorer.focus();
        draft.focusRegions = taxonomy.regionsOf(draft.focusCountries, draft.day);
        if (!draft.countries.containsAll(draft.focusCountries)) {
            // a country the story is about is one it refers to, also when only through its bodies and people
            // ("Народното събрание" and its speaker): the countries and their regions take it in, so that the
            // focus is never outside them (a consumer of a country's or a region's feed would miss the story)
            java.util.Set<String> countries = new java.util.LinkedHashSet<>(draft.countries);
            countries.addAll(draft.focusCountries);
            draft.countries = List.copyOf(countries);
            java.util.Set<String> regions = new java.util.LinkedHashSet<>(draft.regions);
            regions.addAll(draft.focusRegions);
            draft.regions = List.copyOf(regions);
        }
    }

    /** "Czech counterpart Jan Lipavský": the next reference is a person of the same country, only title words between. */
    private static boolean qualifiesPerson(String text, Reference demonym, Reference next) {
        if (next == null || next.evidence() != Evidence.PERSON || !next.country().equals(demonym.country())
                || next.start() - demonym.end() > TITLE_SPAN) {
            return false;
        }
        for (int i = demonym.end(); i < next.start(); i++) {
            if (".,;:!?\n".indexOf(text.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }
}
