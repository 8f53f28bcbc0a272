package io.wirefeed.enrich.tagging;

import io.wirefeed.enrich.tagging.AliasIndex.Kind;
import io.wirefeed.enrich.tagging.AliasIndex.Match;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Pass 1, match: the story's words, and every alias of the knowledge base they match (longest first, text
 * order); an outlet's name that is also something else ("AP") only where the story credits the outlet, and a
 * party's name that is an ordinary word ("Most", "Levica") only in a story that calls it a party, and a club's
 * name that is also a town or a region ("Vojvodina", "Rijeka") only in a story about a match.
 */
final class MatchPass {
    private final AliasIndex index;
    private final AliasIndex creditIndex;
    private final AliasIndex partyIndex;
    private final AliasIndex clubIndex;
    private final java.util.Map<String, io.wirefeed.enrich.kb.KnowledgeBase.Organisation> orgs;

    MatchPass(CompiledKb kb) {
        this.index = kb.index;
        this.creditIndex = kb.creditIndex;
        this.partyIndex = kb.partyIndex;
        this.clubIndex = kb.clubIndex;
        this.orgs = kb.orgs;
    }

    void run(Draft draft) {
        Tokens tokens = Tokens.of(draft.text);
        draft.tokens = tokens;
        draft.matches = new ArrayList<>();
        index.match(tokens, draft.matches::add);
        if (creditIndex.size() == 0 && partyIndex.size() == 0 && clubIndex.size() == 0) {
            return;
        }
        boolean[] covered = new boolean[tokens.size()];
        boolean[] named = new boolean[tokens.size()];
        boolean[] knownParty = new boolean[tokens.size()];
        for (Match m : draft.matches) {
            java.util.Arrays.fill(covered, m.from(), m.to() + 1, true);
            if (namesSomeone(m)) {
                java.util.Arrays.fill(named, m.from(), m.to() + 1, true);
            }
            if (m.targets().stream().anyMatch(t -> t.kind() == Kind.ORGANISATION && orgs.containsKey(t.ref())
                    && io.wirefeed.enrich.kb.OrganisationKind.of(orgs.get(t.ref()).kind()) == io.wirefeed.enrich.kb.OrganisationKind.PARTY)) {
                java.util.Arrays.fill(knownParty, m.from(), m.to() + 1, true); // a list a party word need not open: "SD in Levica"
            }
        }
        List<Match> added = new ArrayList<>(uncovered(creditIndex, tokens, covered,
                m -> NewsCredits.credits(tokens, m.from(), m.to())));
        // a party the story names is no place the word also is: "poslanci Levice" is no Levice in Slovakia
        List<Match> parties = PartyCues.named(tokens, uncovered(partyIndex, tokens, named, m -> true), knownParty);
        // so is a club a story about a match names: "pobijedili su Rijeku 2:0" is the club, not the town
        boolean aboutMatch = ClubCues.aboutMatch(tokens);
        List<Match> clubs = aboutMatch ? ClubCues.named(tokens, draft.matches,
                ClubCues.home(uncovered(clubIndex, tokens, named, m -> true), StoryLanguage.homes(draft.language()), orgs))
                : List.of();
        if (aboutMatch) {
            draft.matches.removeIf(m -> ClubCues.sportWord(tokens, m)); // a headline's "Дерби" is no Derby in England
        }
        for (List<Match> names : List.of(parties, clubs)) {
            if (!names.isEmpty()) {
                boolean[] name = new boolean[tokens.size()];
                names.forEach(m -> java.util.Arrays.fill(name, m.from(), m.to() + 1, true));
                draft.matches.removeIf(m -> java.util.stream.IntStream.rangeClosed(m.from(), m.to()).anyMatch(i -> name[i]));
                added.addAll(names);
            }
        }
        if (!added.isEmpty()) {
            draft.matches.addAll(added);
            draft.matches.sort(Comparator.comparingInt(Match::from));
        }
    }

    /** Whether a meaning of {@code m} is an organisation or a person (a loop: this runs for every match). */
    private static boolean namesSomeone(Match m) {
        for (int k = 0; k < m.targets().size(); k++) {
            Kind kind = m.targets().get(k).kind();
            if (kind == Kind.ORGANISATION || kind == Kind.PERSON) {
                return true;
            }
        }
        return false;
    }

    /** The matches of {@code aliases} that {@code keep} accepts, where no name the knowledge base knows otherwise stands. */
    private static List<Match> uncovered(AliasIndex aliases, Tokens tokens, boolean[] covered, Predicate<Match> keep) {
        List<Match> found = new ArrayList<>(0);
        if (aliases.size() == 0) {
            return found;
        }
        aliases.match(tokens, m -> {
            for (int i = m.from(); i <= m.to(); i++) {
                if (covered[i]) {
                    return;
                }
            }
            if (keep.test(m)) {
                found.add(m);
            }
        });
        return found;
    }
}
