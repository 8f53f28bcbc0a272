package io.wirefeed.enrich.tagging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    /**
     * Below this the runner-up is a passing mention even in the lead: a neighbour the goods go to, a venue, a
     * co-host named once more (0.25 let them in; the other party of a two-country story scores a third of the top)
     */
    static final double RUNNER_UP_SHARE = 0.30;
    static final int MAX = 3;
    static final int MIN_SENTENCES = 2;
    /** the sentence of a reference that stands in none (the dateline) */
    static final int NO_SENTENCE = -1;

    /** What the story says of one country: one object and no boxed numbers per reference (scored for every story). */
    private static final class Country {
        final String code;
        double score;
        /** references to the country */
        int references;
        /** the distinct sentences that refer to it, {@code sentenceCount} of them: a few per story */
        int[] sentences = new int[4];
        int sentenceCount;
        /** referred to other than through its people, or through a title that names it */
        boolean itself;
        /** the headline or the lead paragraph refers to it other than through a person */
        boolean inLead;

        Country(String code, double score) {
            this.code = code;
            this.score = score;
        }

        void addSentence(int sentence) {
            for (int k = 0; k < sentenceCount; k++) {
                if (sentences[k] == sentence) {
                    return;
                }
            }
            if (sentenceCount == sentences.length) {
                sentences = Arrays.copyOf(sentences, sentenceCount * 2);
            }
            sentences[sentenceCount++] = sentence;
        }
    }

    private final Map<String, Country> countries = new HashMap<>();
    /** the countries in the order first referred to: ranking keeps it among equal scores */
    private final List<Country> order = new ArrayList<>();

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
        Country c = countries.get(country);
        if (c == null) {
            c = new Country(country, w);
            countries.put(country, c);
            order.add(c);
        } else {
            c.score += w;
        }
        c.references++;
        if (sentence != NO_SENTENCE) {
            c.addSentence(sentence);
        }
        if (via != Via.PERSON) {
            c.itself = true;
        }
        if (via == Via.COUNTRY && (position == Position.HEADLINE || position == Position.LEAD)) {
            c.inLead = true;
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
        List<Country> ranked = new ArrayList<>(order);
        ranked.sort((a, b) -> Double.compare(b.score, a.score)); // stable: equal scores keep the order first referred to
        List<String> out = new ArrayList<>();
        if (ranked.isEmpty()) {
            return out;
        }
        double top = ranked.get(0).score;
        out.add(ranked.get(0).code);
        for (Country c : ranked.subList(1, ranked.size())) {
            if (out.size() < MAX && c.score >= top * SHARE && mayJoin(c)) {
                out.add(c.code);
            }
        }
        if (out.size() == 1 && ranked.size() > 1) {
            Country second = ranked.get(1);
            if (second.score >= top * RUNNER_UP_SHARE && second.inLead && second.references >= 2 && mayJoin(second)) {
                out.add(second.code);
            }
        }
        return out;
    }

    /** Whether {@code country} can join the top one: the story turns to it in more than one sentence, and not only through its people. */
    private static boolean mayJoin(Country country) {
        return country.itself && country.sentenceCount >= MIN_SENTENCES;
    }

    Map<String, Double> scores() {
        Map<String, Double> scores = new LinkedHashMap<>();
        order.forEach(c -> scores.put(c.code, c.score));
        return scores;
    }
}
