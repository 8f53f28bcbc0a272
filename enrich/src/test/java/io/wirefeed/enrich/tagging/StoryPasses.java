package io.wirefeed.enrich.tagging;

import io.wirefeed.model.WireStory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Runs a test story through the passes over {@link TinyKb}, up to the one under test, and hands back the draft. */
final class StoryPasses {
    enum Upto { MATCH, RESOLVE, CONTEXT_FILTERS, ROLES, UNKNOWN_NAMES, ROLL_UP, FOCUS }

    static final Instant DAY = Instant.parse("2026-11-27T10:00:00Z");

    private static final CompiledKb KB = TinyKb.get();
    private static final RoleFinder ROLES = new RoleFinder();

    private StoryPasses() {}

    static Draft run(Upto last, String headline, String body) {
        return run(last, new WireStory("t", 1, headline, body, "en", null, "plain", null, null, DAY, DAY));
    }

    static Draft run(Upto last, WireStory story) {
        Instant at = story.versionCreated() != null ? story.versionCreated() : story.receivedAt();
        Draft draft = new Draft(story, LocalDate.ofInstant(at, ZoneOffset.UTC));
        new MatchPass(KB).run(draft);
        if (last.compareTo(Upto.RESOLVE) >= 0) {
            new ResolvePass(KB).run(draft);
        }
        if (last.compareTo(Upto.CONTEXT_FILTERS) >= 0) {
            new ContextFilterPass(KB).run(draft);
        }
        if (last.compareTo(Upto.ROLES) >= 0) {
            new RolesPass(ROLES).run(draft);
        }
        if (last.compareTo(Upto.UNKNOWN_NAMES) >= 0) {
            new UnknownNamesPass(KB, ROLES).run(draft);
        }
        if (last.compareTo(Upto.ROLL_UP) >= 0) {
            new RollUpPass(KB).run(draft);
        }
        if (last.compareTo(Upto.FOCUS) >= 0) {
            new FocusPass(KB.taxonomy).run(draft);
        }
        return draft;
    }

    /** The words of a reading as written in the story. */
    static String words(Draft draft, Reading r) {
        return draft.tokens.surface(r.from(), r.to());
    }
}
