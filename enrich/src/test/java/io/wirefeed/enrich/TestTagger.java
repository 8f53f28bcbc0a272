package io.wirefeed.enrich;

import io.wirefeed.enrich.kb.KnowledgeBaseLoader;
import io.wirefeed.enrich.tagging.Tagger;
import io.wirefeed.model.EnrichedStory;
import io.wirefeed.model.WireStory;
import java.time.Instant;
import java.util.List;

/** The tagger over the real built-in knowledge base, compiled once per test JVM. */
public final class TestTagger {
    private static Tagger tagger;

    private TestTagger() {}

    public static synchronized Tagger get() {
        if (tagger == null) {
            tagger = new Tagger(KnowledgeBaseLoader.builtIn());
        }
        return tagger;
    }

    /** Tags a plain story without headline: {@code body} in {@code language} (null: detected), received and written on {@code day}. */
    public static EnrichedStory tag(String language, String body, Instant day) {
        return get().tag(new WireStory("t", 1, "", body, language, null, "plain", null, null, day, day));
    }

    /** The names of the organisations {@link #tag} finds, in the record's order. */
    public static List<String> organisationNames(String language, String body, Instant day) {
        return tag(language, body, day).organisations().stream().map(EnrichedStory.OrganisationTag::name).toList();
    }

    /** The names of the people {@link #tag} finds, in the record's order. */
    public static List<String> personNames(String language, String body, Instant day) {
        return tag(language, body, day).people().stream().map(EnrichedStory.PersonTag::name).toList();
    }
}
