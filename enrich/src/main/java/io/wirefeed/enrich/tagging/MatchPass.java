package io.wirefeed.enrich.tagging;

import io.wirefeed.enrich.tagging.AliasIndex.Match;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pass 1, match: the story's words, and every alias of the knowledge base they match (longest first, text
 * order); an outlet's name that is also something else ("AP") only where the story credits the outlet.
 */
final class MatchPass {
    private final AliasIndex index;
    private final AliasIndex creditIndex;

    MatchPass(CompiledKb kb) {
        this.index = kb.index;
        this.creditIndex = kb.creditIndex;
    }

    void run(Draft draft) {
        Tokens tokens = Tokens.of(draft.text);
        draft.tokens = tokens;
        draft.matches = new ArrayList<>();
        index.match(tokens, draft.matches::add);
        if (creditIndex.size() == 0) {
            return;
        }
        boolean[] covered = new boolean[tokens.size()];
        draft.matches.forEach(m -> java.util.Arrays.fill(covered, m.from(), m.to() + 1, true));
        List<Match> credited = new ArrayList<>();
        creditIndex.match(tokens, m -> {
            for (int i = m.from(); i <= m.to(); i++) {
                if (covered[i]) {
                    return; // a name the knowledge base knows otherwise wins
                }
            }
            if (NewsCredits.credits(tokens, m.from(), m.to())) {
                credited.add(m);
            }
        });
        if (!credited.isEmpty()) {
            draft.matches.addAll(credited);
            draft.matches.sort(Comparator.comparingInt(Match::from));
        }
    }
}
