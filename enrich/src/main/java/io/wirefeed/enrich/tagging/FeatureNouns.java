package io.wirefeed.enrich.tagging;

import io.wirefeed.enrich.tagging.AliasIndex.Kind;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A name the story calls a village, an island, a valley or a province is not the foreign town the gazetteer has
 * under that name ("near the village of Banjska" in Kosovo is no Bansko in Bulgaria, "Northern Samar province" no
 * Samara in Russia, "the Tempi valley" no Tempe in Arizona, "Aurora province" no Aurora in Colorado): the gazetteer
 * has towns and, in the Balkans, their regions, never villages, islands or valleys abroad. Only where the story
 * refers to the town's country nowhere else, and not for a province named after its town ("Kandahar province");
 * one sense per story, so every mention of that town goes.
 */
final class FeatureNouns {
    /** lower-case nouns after a name that say what it is: "Samar province", "the Tempi valley" */
    private static final Set<String> AFTER = Set.of("province", "island", "islands", "valley", "river", "lake", "bay",
            "peninsula", "village", "gorge", "canyon", "mountains", "plain", "delta", "strait", "county", "district",
            "prefecture", "governorate", "oblast", "regency");
    /** nouns before "of" and a name: "the village of Banjska", "the island of Samar" */
    private static final Set<String> BEFORE_OF = Set.of("village", "villages", "island", "islands", "province", "valley",
            "hamlet", "peninsula");
    /** Balkan nouns, in their cases, right before a name: "selo Banjska", "u selu", "fshati", "otok", "κοιλάδα" */
    private static final Set<String> BEFORE = Stream.of("selo", "sela", "selu", "selom", "vasi", "fshat", "fshati",
            "fshatin", "fshatit", "fshatrat", "село", "селото", "селу", "селата", "ostrvo", "ostrva", "ostrvu", "otok", "otoka",
            "otoku", "otočić", "ishull", "ishulli", "ishullin", "ishullit", "остров", "островот", "острова", "dolina", "doline",
            "dolini", "dolinu", "lugina", "lugine", "luginës", "долина", "долината", "χωριό", "χωριού", "νησί",
            "νησιού", "νήσος", "κοιλάδα", "κοιλάδας")
            .map(Folding.get()::key).collect(Collectors.toUnmodifiableSet());

    private FeatureNouns() {}

    /**
     * The place refs this story's words call something other than a town, of countries outside {@code referred}
     * (the countries the story refers to by name, demonym, dateline or person) and of no other place it names.
     */
    static Set<String> misread(Draft draft, Set<String> referred, CompiledKb kb) {
        Set<String> refs = null;
        Tokens tokens = draft.tokens;
        for (Reading r : draft.readings) {
            if (r.kind() != Kind.PLACE || !featureAround(tokens, r.from(), r.to())) {
                continue;
            }
            var p = kb.places.get(r.target.ref());
            if (CompiledKb.CAPITAL.equals(p.kind()) || referred.contains(p.country()) || otherPlaceIn(draft, kb, r, p.country())
                    || unitNamedAfter(p, tokens.key(r.from()))) {
                continue;
            }
            refs = refs == null ? new HashSet<>(2) : refs;
            refs.add(r.target.ref());
        }
        return refs == null ? Set.of() : refs;
    }

    /** Whether the town's own first-level unit bears the name written: "Kandahar province" is the town's province. */
    private static boolean unitNamedAfter(io.wirefeed.enrich.kb.KnowledgeBase.Place p, String written) {
        String unit = p.admin1() == null ? "" : Folding.get().key(p.admin1());
        return unit.equals(written) || unit.startsWith(written + " ");
    }

    private static boolean featureAround(Tokens tokens, int from, int to) {
        int next = to + 1;
        if (next < tokens.size() && !tokens.capitalised(next) && !tokens.afterComma(next) && !tokens.sentenceStart(next)
                && AFTER.contains(tokens.key(next))) {
            return true;
        }
        int prev = from - 1;
        if (prev < 0 || tokens.capitalised(prev) || tokens.afterComma(from) || tokens.sentenceStart(from)) {
            return false;
        }
        return BEFORE.contains(tokens.key(prev))
                || (prev > 0 && "of".equals(tokens.key(prev)) && !tokens.capitalised(prev - 1) && BEFORE_OF.contains(tokens.key(prev - 1)));
    }

    private static boolean otherPlaceIn(Draft draft, CompiledKb kb, Reading r, String country) {
        for (Reading other : draft.readings) {
            // a town that is also a known given name ("Jelena", Elena in Bulgaria) says nothing of where the story is
            if (other.kind() == Kind.PLACE && !other.target.ref().equals(r.target.ref())
                    && !kb.firstNames.contains(draft.tokens.key(other.from()))
                    && kb.places.get(other.target.ref()).country().equals(country)) {
                return true;
            }
        }
        return false;
    }
}
