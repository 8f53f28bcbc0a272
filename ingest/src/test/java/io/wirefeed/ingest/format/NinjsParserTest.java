package io.wirefeed.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.model.WireStory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class NinjsParserTest {
    private final NinjsParser parser = new NinjsParser();

    private WireStory parse(String json) throws UnreadableStoryException {
        return parser.parse(json, Instant.EPOCH).get(0);
    }

    @Test
    void readsNinjs1Fields() throws Exception {
        WireStory s = parse("""
                {"uri":"urn:test:1","version":"3","versioncreated":"2026-11-27T09:30:00Z","language":"en",
                 "headline":"Ministers meet","body_text":"SKOPJE (MIA) - The ministers met.","byline":"Desk"}""");
        assertThat(s.id()).isEqualTo("urn:test:1");
        assertThat(s.version()).isEqualTo(3);
        assertThat(s.versionCreated()).isEqualTo(Instant.parse("2026-11-27T09:30:00Z"));
        assertThat(s.language()).isEqualTo("en");
        assertThat(s.headline()).isEqualTo("Ministers meet");
        assertThat(s.bodyText()).isEqualTo("The ministers met.");
        assertThat(s.dateline()).isEqualTo("SKOPJE");
        assertThat(s.provider()).isEqualTo("mia");
        assertThat(s.byline()).isEqualTo("Desk");
    }

    @Test
    void readsNinjs2And3HeadlinesAndHtmlBodies() throws Exception {
        WireStory s = parse("""
                {"uri":"urn:test:2","versionCreated":"2026-11-27T10:00:00+01:00","copyrightHolder":"Wirefeed Agency",
                 "headlines":[{"role":"sub","value":"Sub"},{"role":"main","value":"Main headline"}],
                 "bodies":[{"role":"main","contentType":"text/html","value":"<p>First &amp; foremost.</p><p>Second.</p>"}]}""");
        assertThat(s.headline()).isEqualTo("Main headline");
        assertThat(s.bodyText()).isEqualTo("First & foremost.\n\nSecond.");
        assertThat(s.provider()).isEqualTo("wirefeed-agency");
        assertThat(s.versionCreated()).isEqualTo(Instant.parse("2026-11-27T09:00:00Z"));
    }

    @Test
    void readsTheSimpleJsonFormOfTheTagCommand() throws Exception {
        WireStory s = parse("{\"id\":\"s1\",\"headline\":\"H\",\"body_text\":\"B\"}");
        assertThat(s.id()).isEqualTo("s1");
    }

    /** Every ninjs document of the fixtures and, when present, of the shared real agency documents yields a story. */
    @Test
    void readsEveryNinjsDocumentInAgencyShape() throws Exception {
        List<Path> docs = SharedFiles.documents("ninjs");
        assertThat(docs).isNotEmpty();
        for (Path doc : docs) {
            WireStory s = parse(Files.readString(doc));
            assertThat(s.id()).as(doc.toString()).isNotBlank();
            assertThat(s.headline()).as(doc + " headline").isNotBlank();
            assertThat(s.bodyText()).as(doc + " body").isNotBlank().doesNotContain("<p>");
        }
    }
}
