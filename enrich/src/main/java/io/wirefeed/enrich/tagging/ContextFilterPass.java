package io.wirefeed.enrich.tagging;

import io.wirefeed.enrich.tagging.AliasIndex.Match;
import java.util.ArrayList;

/**
 * Pass 3, context filters: drops the readings the words around them contradict. Money is no country ("US$",
 * "Egyptian pounds"), an ethnic group no country ("ethnic Albanian"); a town's name that is a first name is
 * no place ("Constantine Tassoulas", "Julie Kozack"), nor is a word that only looks like a name because it
 * opens a sentence ("Danas je ..." is "Today ...", not the newspaper Danas). The rest are accepted.
 */
final class ContextFilterPass {
    /** An inflected place name keeps its main name's letters but the last few: "Beogradu" for "Beograd". */
    private static final int MAX_ENDING = 3;
    private static final int MIN_STEM = 3;

    private final CompiledKb kb;

    ContextFilterPass(CompiledKb kb) {
        this.kb = kb;
    }

    void run(Draft draft) {
        Context context = new Context(draft.tokens, draft.matches);
        draft.accepted = new ArrayList<>(draft.readings.size());
        for (Reading r : draft.readings) {
            if (!contradicted(r, context, draft.tokens)) {
                draft.accepted.add(r);
            }
        }
    }

    private boolean contradicted(Reading r, Context context, Tokens tokens) {
        Match m = r.match;
        return switch (r.kind()) {
            case COUNTRY -> context.isCurrency(m);
            case DEMONYM -> context.isCurrency(m) || context.ethnic(m);
            case PLACE -> context.firstNameOfKnownPerson(m) || (!isMainName(r, tokens)
                    && (context.partOfUnknownName(m) || context.loneWordOpeningSentence(m) || context.acronymLike(m)));
            case ORGANISATION -> context.loneWordOpeningSentence(m) && !context.matchedMidSentence(r.target);
            case PERSON, SURNAME, REGION, TITLE -> false;
        };
    }

    /**
     * Whether the words matched are the place's own main name ("Belgrade", "Plovdiv") rather than one of
     * GeoNames' many other names for it, which are more often ordinary words or first names elsewhere.
     */
    private boolean isMainName(Reading r, Tokens tokens) {
        String written = tokens.key(r.from());
        String main = kb.placeKeys.get(r.target.ref());
        if (r.from() == r.to() && main.indexOf(' ') > 0) {
            return false; // "Nakhon" is a short form of "Nakhon Si Thammarat", not its name
        }
        return main.startsWith(written.substring(0, Math.min(written.length(), Math.max(MIN_STEM, written.length() - MAX_ENDING))));
    }
}
