package io.wirefeed.enrich.tagging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which countries a story is about. Every reference adds to its country's score, weighted by
 * where it stands (headline, lead paragraph, dateline) and what it is (a name counts more than an
 * adjective; the country of a person acting in the story counts too). The top country is the focus, and
 * others join it when they score at least {@link #SHARE} of the top, up to three. When no other country
 * reaches that share, the runner-up still joins if the headline or lead paragraph refers to it, the story
 * refers to it again, and it scores at least {@link #RUNNER_UP_SHARE} of the top: the other country of a
 * story about two (sanctions from one on the other, a dispute, a visit), which a long story about the first
 * outweighs by mentions alone. A passing mention, once in the lead, does not count.
 *
 * <p>Only a country the story itself turns to can join the top one: one referred to in at least
 * {@link #MIN_SENTENCES} sentences (not a background sentence, a venue named once, one line of a list of
 * countries), and by more than its people (a country known only as the nationality of someone acting in the
 * story, an EU envoy, a foreign official quoted, is not what the story is about). The runner-up joins below
 * the share only when the headline or lead refers to the country itself, not just to one of its people.
 */
public final class FocusScorer {
    static final double HEADLINE = 3.0;
    static final double LEAD = 2.0;
    static final double BODY = 1.0;
    static final double DATELINE = 2.0;
    static final double SHARE = 0.45;
    static final double RUNNER_UP_SHARE = 0.25;
    static final int MAX = 3;
    static final int MIN_SENTENCES = 2;
    /** the sentence of a reference that stands in none (the dateline) */
    static final int NO_SENTENCE = -1;

    private final Map<String, Double> scores = new LinkedHashMap<>();
    /** countries the headline or the lead paragraph refers to other than through a person */
    private final Set<String> inLead = new HashSet<>();
    /** references to each country */
    private final Map<String, Integer> references = new HashMap<>();
    /** the sentences that refer to each country */
    private final Map<String, Set<Integer>> sentences = new HashMap<>();
    /** countries referred to other than through their people, or through a title that names them */
    private final Set<String> itself = new HashSet<>();

    /**
     * Adds {@code weight}, scaled by position, to {@code country}.
     *
     * @param sentence the index of the sentence the reference stands in, or {@link #NO_SENTENCE}
     * @param via      what the reference names: the country itself, or one of its people
     */
    public void add(String country, double weight, Position position, int sentence, Via via) {
        double w = weight * switch (position) {
            case HEADLINE -> HEADLINE;
            case LEAD -> LEAD;
            case BODY -> BODY;
            case DATELINE -> DATELINE;
        };
        scores.merge(country, w, Double::sum);
        references.merge(country, 1, Integer::sum);
        if (sentence != NO_SENTENCE) {
            sentences.computeIfAbsent(country, c -> new HashSet<>()).add(sentence);
        }
        if (via != Via.PERSON) {
            itself.add(country);
        }
        if (via == Via.COUNTRY && (position == Position.HEADLINE || position == Position.LEAD)) {
            inLead.add(country);
        }
    }

    public enum Position { HEADLINE, LEAD, BODY, DATELINE }

    /** What a reference names. */
    public enum Via {
        /** the country itself: its name, a place or body of it, a demonym, the dateline */
        COUNTRY,
        /** one of its people */
        PERSON,
        /**
         * one of its people under a title that names the country ("Serbian President Aleksandar Vučić"): the
         * story refers to the country, but such a person in the lead does not make it the story's other party
         * ("German politician Christian Schmidt took office as Bosnia's peace overseer")
         */
        TITLED_PERSON
    }

    /** One to three focus countries, highest score first; empty when nothing was scored. */
    public List<String> focus() {
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(scores.entrySet());
        ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        List<String> out = new ArrayList<>();
        if (ranked.isEmpty()) {
            return out;
        }
        double top = ranked.get(0).getValue();
        out.add(ranked.get(0).getKey());
        for (Map.Entry<String, Double> e : ranked.subList(1, ranked.size())) {
            if (out.size() < MAX && e.getValue() >= top * SHARE && mayJoin(e.getKey())) {
                out.add(e.getKey());
            }
        }
        if (out.size() == 1 && ranked.size() > 1) {
            Map.Entry<String, Double> second = ranked.get(1);
            if (second.getValue() >= top * RUNNER_UP_SHARE && inLead.contains(second.getKey())
                    && references.get(second.getKey()) >= 2 && mayJoin(second.getKey())) {
                out.add(second.getKey());
            }
        }
        return out;
    }

    /** Whether {@code country} can join the top one: the story turns to it in more than one sentence, and not only through its people. */
    private boolean mayJoin(String country) {
        return itself.contains(country) && sentences.getOrDefault(country, Set.of()).size() >= MIN_SENTENCES;
    }

    Map<String, Double> scores() {
        return scores;
    }
}
