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
 */
public final class FocusScorer {
    static final double HEADLINE = 3.0;
    static final double LEAD = 2.0;
    static final double BODY = 1.0;
    static final double DATELINE = 2.0;
    static final double SHARE = 0.45;
    static final double RUNNER_UP_SHARE = 0.25;
    static final int MAX = 3;

    private final Map<String, Double> scores = new LinkedHashMap<>();
    /** countries referred to in the headline or the lead paragraph */
    private final Set<String> inLead = new HashSet<>();
    /** references to each country */
    private final Map<String, Integer> references = new HashMap<>();

    /** Adds {@code weight}, scaled by position, to {@code country}. */
    public void add(String country, double weight, Position position) {
        double w = weight * switch (position) {
            case HEADLINE -> HEADLINE;
            case LEAD -> LEAD;
            case BODY -> BODY;
            case DATELINE -> DATELINE;
        };
        scores.merge(country, w, Double::sum);
        references.merge(country, 1, Integer::sum);
        if (position == Position.HEADLINE || position == Position.LEAD) {
            inLead.add(country);
        }
    }

    public enum Position { HEADLINE, LEAD, BODY, DATELINE }

    /** One to three focus countries, highest score first; empty when nothing was scored. */
    public List<String> focus() {
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(scores.entrySet());
        ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        List<String> out = new ArrayList<>();
        if (ranked.isEmpty()) {
            return out;
        }
        double top = ranked.get(0).getValue();
        for (Map.Entry<String, Double> e : ranked) {
            if (out.size() < MAX && e.getValue() >= top * SHARE) {
                out.add(e.getKey());
            }
        }
        if (out.size() == 1 && ranked.size() > 1) {
            Map.Entry<String, Double> second = ranked.get(1);
            if (second.getValue() >= top * RUNNER_UP_SHARE && inLead.contains(second.getKey())
                    && references.get(second.getKey()) >= 2) {
                out.add(second.getKey());
            }
        }
        return out;
    }

    Map<String, Double> scores() {
        return scores;
    }
}
