package io.wirefeed.enrich.tagging;

import java.util.ArrayList;

/** Pass 1, match: the story's words, and every alias of the knowledge base they match (longest first, text order). */
final class MatchPass {
    private final AliasIndex index;

    MatchPass(AliasIndex index) {
        this.index = index;
    }

    void run(Draft draft) {
        draft.tokens = Tokens.of(draft.text);
        draft.matches = new ArrayList<>();
        index.match(draft.tokens, draft.matches::add);
    }
}
