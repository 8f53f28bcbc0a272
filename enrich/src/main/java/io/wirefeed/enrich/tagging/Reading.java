package io.wirefeed.enrich.tagging;

import io.wirefeed.enrich.kb.KnowledgeBase.Organisation;
import io.wirefeed.enrich.kb.KnowledgeBase.Person;
import io.wirefeed.enrich.tagging.AliasIndex.Kind;
import io.wirefeed.enrich.tagging.AliasIndex.Match;
import io.wirefeed.enrich.tagging.AliasIndex.Target;
import java.util.List;

/**
 * One match read one way: the meaning {@link ResolvePass} chose for it, what that meaning stands for in this
 * story, and the roles {@link RolesPass} found around it.
 */
final class Reading {
    final Match match;
    /** the alias meaning chosen: what the context filters judge */
    final Target target;
    /** {@link Kind#COUNTRY}, {@link Kind#DEMONYM}: the country meant ("Georgia" may be the US state's country) */
    String country;
    /** {@link Kind#PERSON}, {@link Kind#SURNAME}: the person meant, or null for a surname nobody in particular bears */
    Person person;
    /** {@link Kind#PLACE}: the organisation the place's name stands for ("Brussels" for the EU), or null */
    Organisation standsFor;
    /** {@link Kind#PLACE}: a place standing for a body, named as where something happens ("in Brussels"): no tag */
    boolean seatOnly;
    /** roles stated around a known person's name */
    List<String> roles = List.of();

    /**
     * {@link Kind#ORGANISATION}: written as a description, a country word and a body noun in lower case ("the
     * Serbian parliament", "Hrvatska vlada"): it counts for its country, not as the body (see ANNOTATION)
     */
    boolean description;

    /**
     * {@link Kind#ORGANISATION}: one of several countries' bodies a shared name or acronym stands for, chosen with its
     * country neither named nor the story's language's: the body counts, its country does not
     */
    boolean sharedName;

    Reading(Match match, Target target) {
        this.match = match;
        this.target = target;
    }

    Kind kind() {
        return target.kind();
    }

    int from() {
        return match.from();
    }

    int to() {
        return match.to();
    }

    /**
     * The tokens of {@code accepted} readings that name something other than a place, a country or a title: a
     * body named by its kind and a town ("Osnovni sud u Nišu", "Grad Split") cannot start inside them.
     */
    static boolean[] coveredByNames(List<Reading> accepted, int size) {
        boolean[] covered = new boolean[size];
        for (Reading r : accepted) {
            if (r.kind() != Kind.PLACE && r.kind() != Kind.TITLE && r.kind() != Kind.COUNTRY) {
                java.util.Arrays.fill(covered, r.from(), r.to() + 1, true);
            }
        }
        return covered;
    }
}
