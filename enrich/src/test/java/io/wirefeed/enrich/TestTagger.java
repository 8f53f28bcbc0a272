package io.wirefeed.enrich;

import io.wirefeed.enrich.kb.KnowledgeBaseLoader;
import io.wirefeed.enrich.tagging.Tagger;

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
}
