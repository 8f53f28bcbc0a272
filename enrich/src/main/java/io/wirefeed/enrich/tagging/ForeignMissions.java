package io.wirefeed.enrich.tagging;

import io.wirefeed.enrich.kb.KnowledgeBase.Country;
import io.wirefeed.enrich.kb.KnowledgeBase.Organisation;
import io.wirefeed.enrich.kb.KnowledgeBase.Place;
import io.wirefeed.enrich.tagging.AliasIndex.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A state's or an international body's mission in another country, named by its kind (the head), whose it is (the
 * sender: a state's name or adjective, or a body such as the EU) and where it sits, in any language and case:
 * "Ambasada SAD u Beogradu", "Посолството на САЩ в София", "the British Embassy in Pristina", "Delegacija Evropske
 * unije u BiH", "Zyra e BE-së në Kosovë". No knowledge base can list every embassy, so the three parts make the
 * name, under the pattern {@code tagging/missions.tsv} gives that sender and head ("Embassy of the United States in
 * Belgrade", "Delegation of the European Union to Bosnia and Herzegovina"), or the knowledge base's entry when it
 * has that name. Without a place, or where the sender and the place are one state, nothing is read: "the embassy
 * said" names no particular mission. A body that sends the mission is named only as part of it ("Delegacija
 * Evropske unije" is not the EU itself), a state still counts as a country.
 */
final class ForeignMissions {
    /** A mission found: tokens {@code from..to}, its name, and the sender's reading when the sender is a body, else null. */
    record Found(int from, int to, String name, Reading body) {}

    private record Head(List<Set<String>> words, String english) {}

    static final String RESOURCE = "tagging/missions.tsv";
    /** the sender of a name row that stands for any state */
    private static final String STATE = "country";
    /** at most this many link words between the head and its sender ("of the") */
    private static final int MAX_LINKS = 2;

    private final Map<String, List<Head>> byFirst = new HashMap<>();
    private final Set<String> links = new HashSet<>();
    private final Set<String> prepositions = new HashSet<>();
    /** "country|Embassy" -> "Embassy of {sender} in {place}" */
    private final Map<String, String> patterns = new HashMap<>();

    private ForeignMissions() {}

    static ForeignMissions load() {
        ForeignMissions missions = new ForeignMissions();
        TsvRows.read(RESOURCE).forEach(missions::read);
        // the longest head first: "Generalni konzulat" before "konzulat"
        missions.byFirst.values().forEach(heads -> heads.sort((a, b) -> b.words().size() - a.words().size()));
        return missions;
    }

    private void read(String[] row) {
        Folding folding = Folding.get();
        switch (row[0]) {
            case "head" -> {
                List<Set<String>> words = new ArrayList<>();
                for (String word : row[2].trim().split(" +")) {
                    words.add(folding.keys(word.split("\\|")));
                }
                Head head = new Head(List.copyOf(words), row[1]);
                for (String first : words.get(0)) {
                    byFirst.computeIfAbsent(first, k -> new ArrayList<>(1)).add(head);
                }
            }
            case "link" -> links.addAll(folding.keys(row[1].split("\\|")));
            case "at" -> prepositions.addAll(folding.keys(row[1].split("\\|")));
            case "name" -> patterns.put(row[1] + "|" + row[2], row[3]);
            default -> throw new IllegalStateException(RESOURCE + ": unknown row " + row[0]);
        }
    }

    /** The missions named at tokens no other name and no name in {@code used} covers. */
    List<Found> find(Tokens tokens, List<Reading> accepted, Set<Integer> used, Map<String, Place> places,
            Map<String, Country> countries, Map<String, Organisation> orgsByKey) {
        List<Found> out = List.of();
        boolean[] covered = null;
        for (int i = 0; i < tokens.size(); i++) {
            List<Head> heads = byFirst.get(tokens.key(i));
            if (heads == null || used.contains(i)) {
                continue;
            }
            if (covered == null) {
                covered = Reading.coveredByNames(accepted, tokens.size());
            }
            for (Head head : heads) {
                Found f = at(tokens, accepted, covered, used, places, countries, orgsByKey, i, head);
                if (f != null) {
                    out = out.isEmpty() ? new ArrayList<>(2) : out;
                    out.add(f);
                    i = f.to();
                    break;
                }
            }
        }
        return out;
    }

    private Found at(Tokens tokens, List<Reading> accepted, boolean[] covered, Set<Integer> used, Map<String, Place> places,
            Map<String, Country> countries, Map<String, Organisation> orgsByKey, int i, Head head) {
        int last = i + head.words().size() - 1;
        if (last >= tokens.size()) {
            return null;
        }
        for (int k = i; k <= last; k++) {
            if (covered[k] || used.contains(k) || !head.words().get(k - i).contains(tokens.key(k)) || k > i && tokens.sentenceStart(k)) {
                return null;
            }
        }
        // whose it is: after the head ("Ambasada SAD", "Embassy of the United States") or before it ("U.S. Embassy")
        Reading sender = null;
        int after = last + 1;
        for (int k = after; k <= after + MAX_LINKS && k < tokens.size() && !tokens.sentenceStart(k); k++) {
            sender = senderAt(accepted, k, true);
            if (sender != null || !links.contains(tokens.key(k))) {
                break;
            }
        }
        int from = i;
        if (sender != null) {
            after = sender.to() + 1;
        } else if (i > 0 && !tokens.sentenceStart(i)) {
            sender = senderAt(accepted, i - 1, false);
            from = sender != null ? sender.from() : i;
        }
        if (sender == null || after + 1 >= tokens.size() || !prepositions.contains(tokens.key(after)) || tokens.sentenceStart(after)) {
            return null;
        }
        Reading place = placeAt(accepted, places, after + 1);
        if (place == null) {
            return null;
        }
        String host = place.kind() == Kind.COUNTRY ? countryOf(place) : places.get(place.target.ref()).country();
        boolean state = sender.kind() != Kind.ORGANISATION;
        String senderKey = state ? STATE : sender.target.ref();
        String pattern = patterns.get(senderKey + "|" + head.english());
        Country hostCountry = host == null ? null : countries.get(host);
        if (pattern == null || hostCountry == null || state && host.equals(countryOf(sender))) {
            return null;
        }
        String name = pattern.replace("{host}", GenericBodies.ofName(hostCountry))
                .replace("{place}", place.kind() == Kind.COUNTRY ? GenericBodies.ofName(hostCountry) : places.get(place.target.ref()).name());
        if (state) {
            Country c = countries.get(countryOf(sender));
            if (c == null) {
                return null;
            }
            name = name.replace("{sender}", GenericBodies.ofName(c));
        }
        Organisation known = orgsByKey.get(Folding.get().key(name));
        return new Found(from, place.to(), known != null ? known.name() : name, state ? null : sender);
    }

    /** A state's name or adjective, or a body, read at token {@code k}: starting there ({@code starts}) or ending there. */
    private static Reading senderAt(List<Reading> accepted, int k, boolean starts) {
        for (Reading r : accepted) {
            if ((starts ? r.from() : r.to()) == k
                    && (r.kind() == Kind.COUNTRY || r.kind() == Kind.DEMONYM || r.kind() == Kind.ORGANISATION)) {
                return r;
            }
        }
        return null;
    }

    /** The town or country read at token {@code t}, or null. */
    private static Reading placeAt(List<Reading> accepted, Map<String, Place> places, int t) {
        for (Reading r : accepted) {
            if (r.from() == t && (r.kind() == Kind.COUNTRY || r.kind() == Kind.PLACE && places.containsKey(r.target.ref()))) {
                return r;
            }
        }
        return null;
    }

    private static String countryOf(Reading r) {
        return r.country != null ? r.country : r.target.ref();
    }
}
