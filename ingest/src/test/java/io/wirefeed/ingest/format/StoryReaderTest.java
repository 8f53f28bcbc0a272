package io.wirefeed.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirefeed.model.WireStory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryReaderTest {
    private final StoryReader reader = new StoryReader(10_000);

    private void refused(byte[] input, String reason) {
        assertThatThrownBy(() -> reader.read(input, Instant.EPOCH)).isInstanceOf(UnreadableStoryException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void detectsTheFormatFromTheContent() throws Exception {
        assertThat(reader.read("{\"headline\":\"H\",\"body_text\":\"B\"}".getBytes(StandardCharsets.UTF_8), Instant.EPOCH)
                .get(0).format()).isEqualTo("ninjs");
        assertThat(reader.read("H\n\nBody".getBytes(StandardCharsets.UTF_8), Instant.EPOCH).get(0).format())
                .isEqualTo("plain");
    }

    @Test
    void normalisesToNfcSoComposedAndDecomposedTextAgree() throws Exception {
        String decomposed = "Dac\u030Cic\u0301 met envoys";
        var story = reader.read(("Headline\n\n" + decomposed).getBytes(StandardCharsets.UTF_8), Instant.EPOCH).get(0);
        assertThat(story.bodyText()).isEqualTo("Dačić met envoys");
    }

    @Test
    void refusesEmptyBinaryInvalidAndOversizedInputWithAReason() {
        refused(new byte[0], "empty");
        refused("  \n\t ".getBytes(StandardCharsets.UTF_8), "empty");
        refused(new byte[] {(byte) 0xC3, (byte) 0x28, 'a'}, "not UTF-8");
        byte[] noise = new byte[200];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (i % 8);
        }
        refused(noise, "binary");
        refused(new byte[10_001], "too large");
    }

    @Test
    void refusesBrokenJsonAndANestingBomb() {
        refused("{\"headline\": \"H\", ".getBytes(StandardCharsets.UTF_8), "broken JSON");
        refused(("{\"a\":" + "[".repeat(3000) + "]".repeat(3000) + "}").getBytes(StandardCharsets.UTF_8), "nesting depth");
    }

    @Test
    void detectsXmlFormatsByTheirRootElement() throws Exception {
        String g2 = "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"g\">"
                + "<contentMeta><headline>H</headline></contentMeta><contentSet><inlineData>B</inlineData></contentSet></newsItem>";
        String message = "<newsMessage xmlns=\"http://iptc.org/std/nar/2006-10-01/\"><itemSet>" + g2.replace("guid=\"g\"",
                "guid=\"g1\"") + g2.replace("guid=\"g\"", "guid=\"g2\"") + "</itemSet></newsMessage>";
        String rss = "<?xml version=\"1.0\"?>\n<!-- a comment first -->\n<rss version=\"2.0\"><channel><title>T</title>"
                + "<item><title>H</title><description>B</description></item></channel></rss>";
        String atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title><entry><title>H</title><summary>B</summary></entry></feed>";
        String entry = "<entry xmlns=\"http://www.w3.org/2005/Atom\"><title>H</title><summary>B</summary></entry>";
        String newsml1 = "<NewsML><NewsItem><NewsComponent><NewsLines><HeadLine>H</HeadLine></NewsLines>"
                + "<ContentItem><DataContent>B</DataContent></ContentItem></NewsComponent></NewsItem></NewsML>";
        assertThat(formats(g2)).containsExactly("newsml-g2");
        assertThat(formats(message)).containsExactly("newsml-g2", "newsml-g2");
        assertThat(formats("\uFEFF  \n" + rss)).containsExactly("rss");
        assertThat(formats(atom)).containsExactly("atom");
        assertThat(formats(entry)).containsExactly("atom");
        assertThat(formats(newsml1)).containsExactly("newsml-1");
    }

    @Test
    void refusesOtherXmlNamingItsRootElement() {
        refused("<html><body><p>A web page</p></body></html>".getBytes(StandardCharsets.UTF_8), "root element <html>");
        refused("<newsItem/>".getBytes(StandardCharsets.UTF_8), "root element <newsItem> (no namespace)");
        refused("<newsItem".getBytes(StandardCharsets.UTF_8), "broken XML");
    }

    private List<String> formats(String xml) throws UnreadableStoryException {
        return reader.read(xml.getBytes(StandardCharsets.UTF_8), Instant.EPOCH).stream().map(WireStory::format).toList();
    }
}
