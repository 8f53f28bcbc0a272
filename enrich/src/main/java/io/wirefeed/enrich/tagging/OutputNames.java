package io.wirefeed.enrich.tagging;

import io.wirefeed.enrich.kb.KnowledgeBase.Country;
import io.wirefeed.enrich.kb.KnowledgeBase.Organisation;
import io.wirefeed.enrich.kb.OrganisationKind;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names a record gives knowledge-base organisations whose names carry a bracketed country, as encyclopedias
 * tell namesakes apart ("Freedom Movement (Slovenia)"): the record says the country in its own field, and the
 * annotation guide and a newsroom use the body's own name. A state's body is named as the guide qualifies one
 * ("National Guard (Mexico)" is "National Guard of Mexico"); a party by its plain name ("Freedom Movement") when no
 * other organisation the knowledge base knows goes by that name, else it keeps the bracket, so that a reader can
 * tell "Democratic Party (United States)" from Serbia's. Other brackets are part of the name ("Janata Dal (United)").
 */
final class OutputNames {
    private OutputNames() {}

    /** The record's name of each organisation whose name it changes, by id. */
    static Map<String, String> of(List<Organisation> orgs, Map<String, Country> countries) {
        Folding folding = Folding.get();
        // the folded names each organisation goes by: its name, without a bracket, and a party's without "of <country>"
        Map<String, Set<String>> byBareName = new HashMap<>();
        for (Organisation o : orgs) {
            Country c = o.country() == null ? null : countries.get(o.country());
            byBareName.computeIfAbsent(folding.key(o.name()), k -> new HashSet<>()).add(o.id());
            String bare = bare(o.name());
            if (bare != null) {
                byBareName.computeIfAbsent(folding.key(bare), k -> new HashSet<>()).add(o.id());
            }
            if (c != null && o.name().endsWith(" of " + c.name())) {
                byBareName.computeIfAbsent(folding.key(o.name().substring(0, o.name().length() - c.name().length() - 4)),
                        k -> new HashSet<>()).add(o.id());
            }
        }
        Map<String, String> out = new HashMap<>();
        for (Organisation o : orgs) {
            String bare = bare(o.name());
            Country c = o.country() == null ? null : countries.get(o.country());
            if (bare == null || c == null || !o.name().endsWith(" (" + c.name() + ")")) {
                continue;
            }
            if (OrganisationKind.of(o.kind()) != OrganisationKind.PARTY) {
                out.put(o.id(), bare + " of " + GenericBodies.ofName(c));
            } else if (byBareName.get(folding.key(bare)).size() == 1) {
                out.put(o.id(), bare);
            }
        }
        return out;
    }

    /** The name without its closing bracket ("Freedom Movement" of "Freedom Movement (Slovenia)"), or null. */
    private static String bare(String name) {
        int open = name.lastIndexOf(" (");
        return open > 0 && name.endsWith(")") ? name.substring(0, open) : null;
    }
}
