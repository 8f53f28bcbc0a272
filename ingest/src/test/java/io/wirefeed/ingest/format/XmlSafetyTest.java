package io.wirefeed.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.wirefeed.model.WireStory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Untrusted XML: DTDs, entities and XInclude are refused or ignored, never expanded or resolved. */
class XmlSafetyTest {
    private static final String G2 = "http://iptc.org/std/nar/2006-10-01/";
    private final StoryReader reader = new StoryReader(1_000_000);
    private final List<StoryParser> parsers = List.of(new NewsMLG2Parser(), new FeedParser(), new NewsML1Parser());

    private static final String BILLION_LAUGHS = """
            <?xml version="1.0"?>
            <!DOCTYPE newsItem [
              <!ENTITY lol "lol">
              <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
              <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
              <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
              <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
              <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
              <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="bomb">
              <contentMeta><headline>&lol9;</headline></contentMeta>
            </newsItem>""";

    private static String xxe(String uri) {
        return "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"" + uri + "\">]>\n"
                + "<newsItem xmlns=\"" + G2 + "\" guid=\"xxe\"><contentMeta><headline>Leak &e;</headline></contentMeta>"
                + "<contentSet><inlineData>Body &e;</inlineData></contentSet></newsItem>";
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Everything a refusal shows: the messages of the exception and its causes. */
    private static String messages(Throwable t) {
        StringBuilder out = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            out.append(c.getMessage()).append('\n');
        }
        return out.toString();
    }

    private static String anyOutput(List<WireStory> stories) {
        return stories.toString();
    }

    @Test
    void refusesTheBillionLaughsQuicklyWithoutExpandingIt() {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            assertThatThrownBy(() -> reader.read(utf8(BILLION_LAUGHS), Instant.EPOCH))
                    .isInstanceOf(UnreadableStoryException.class)
                    .hasMessageContaining("DTDs and entity declarations are not allowed")
                    .satisfies(e -> assertThat(messages(e)).doesNotContain("lollol"));
            for (StoryParser p : parsers) {
                assertThatThrownBy(() -> p.parse(BILLION_LAUGHS, Instant.EPOCH)).as(p.format())
                        .isInstanceOf(UnreadableStoryException.class).hasMessageContaining("not allowed");
            }
        });
    }

    @Test
    void refusesAnXxePayloadForEtcHostnameAndNeverShowsTheFile() throws Exception {
        String payload = xxe("file:///etc/hostname");
        assertThat(payload).contains("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/hostname\">]>");
        Throwable refused = null;
        try {
            reader.read(utf8(payload), Instant.EPOCH);
        } catch (UnreadableStoryException e) {
            refused = e;
        }
        assertThat(refused).as("the XXE payload must be refused").isNotNull();
        assertThat(refused).hasMessageContaining("DTDs and entity declarations are not allowed");
        Path hostname = Path.of("/etc/hostname");
        if (Files.isReadable(hostname) && !Files.readString(hostname).isBlank()) {
            assertThat(messages(refused)).doesNotContain(Files.readString(hostname).strip());
        }
        for (StoryParser p : parsers) {
            assertThatThrownBy(() -> p.parse(payload, Instant.EPOCH)).as(p.format())
                    .isInstanceOf(UnreadableStoryException.class).hasMessageContaining("not allowed");
        }
    }

    @Test
    void neverReadsALocalFileThroughEntitiesDtdsOrXInclude(@TempDir Path dir) throws Exception {
        String secret = "SECRET-" + System.nanoTime();
        Path file = dir.resolve("secret.txt");
        Files.writeString(file, secret);
        String uri = file.toUri().toString();
        List<String> attacks = List.of(
                xxe(uri),
                // parameter entity pulling an external DTD
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY % p SYSTEM \"" + uri + "\"> %p;]>"
                        + "<rss version=\"2.0\"><channel><title>T</title></channel></rss>",
                // external DTD subset
                "<?xml version=\"1.0\"?><!DOCTYPE feed SYSTEM \"" + uri + "\">"
                        + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>T</title></entry></feed>");
        List<String> seen = new ArrayList<>();
        for (String attack : attacks) {
            try {
                seen.add(anyOutput(reader.read(utf8(attack), Instant.EPOCH)));
                throw new AssertionError("not refused: " + attack);
            } catch (UnreadableStoryException e) {
                assertThat(e).hasMessageContaining("not allowed");
                seen.add(messages(e));
            }
        }
        // XInclude is off: the include element stays an (empty) element and nothing is fetched
        String xinclude = "<newsItem xmlns=\"" + G2 + "\" xmlns:xi=\"http://www.w3.org/2001/XInclude\" guid=\"xi\">"
                + "<contentMeta><headline>Included?</headline></contentMeta><contentSet><inlineXML>"
                + "<p>Before.</p><p><xi:include href=\"" + uri + "\" parse=\"text\"/></p><p>After.</p>"
                + "</inlineXML></contentSet></newsItem>";
        List<WireStory> stories = reader.read(utf8(xinclude), Instant.EPOCH);
        assertThat(stories.get(0).bodyText()).isEqualTo("Before.\n\nAfter.");
        seen.add(anyOutput(stories));
        assertThat(seen).allSatisfy(out -> assertThat(out).doesNotContain(secret));
    }

    @Test
    void anUndeclaredEntityIsBrokenXml() {
        assertThatThrownBy(() -> reader.read(utf8("<rss version=\"2.0\"><channel><title>&e;</title></channel></rss>"),
                Instant.EPOCH)).isInstanceOf(UnreadableStoryException.class).hasMessageStartingWith("broken XML: ");
    }

    @Test
    void refusesBrokenXml() {
        for (String broken : List.of(
                "<newsItem xmlns=\"" + G2 + "\"><contentMeta><headline>Open</contentMeta></newsItem>",
                "<rss version=\"2.0\"><channel>",
                "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry></feed>",
                "<newsItem xmlns=\"" + G2 + "\" guid=\"a\" guid=\"b\"/>",
                "< not xml at all")) {
            assertThatThrownBy(() -> reader.read(utf8(broken), Instant.EPOCH)).as(broken)
                    .isInstanceOf(UnreadableStoryException.class).hasMessageStartingWith("broken XML: ");
        }
    }

    @Test
    void refusesAnUnknownRootNamingIt() {
        assertThatThrownBy(() -> reader.read(utf8("<catalog><book>Wire style guide</book></catalog>"), Instant.EPOCH))
                .isInstanceOf(UnreadableStoryException.class).hasMessageContaining("root element <catalog>");
        assertThatThrownBy(() -> reader.read(utf8("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>"),
                Instant.EPOCH)).isInstanceOf(UnreadableStoryException.class)
                .hasMessageContaining("root element <rdf:RDF>")
                .hasMessageContaining("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        assertThatThrownBy(() -> reader.read(utf8("<newsItem guid=\"no-namespace\"/>"), Instant.EPOCH))
                .as("a NewsML-G2 name outside the G2 namespace").isInstanceOf(UnreadableStoryException.class)
                .hasMessageContaining("root element <newsItem> (no namespace)");
    }
}
