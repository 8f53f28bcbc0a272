package io.wirefeed.ingest.format;

import io.wirefeed.model.WireStory;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads any supported input document: checks it is text, detects the format from the content (not the
 * file name), normalises to NFC and hands it to the parser of that format.
 */
public final class StoryReader {
    private final PlainWireParser plain = new PlainWireParser();
    private final NinjsParser ninjs = new NinjsParser();
    private final NewsMLG2Parser newsmlG2 = new NewsMLG2Parser();
    private final FeedParser feeds = new FeedParser();
    private final NewsML1Parser newsml1 = new NewsML1Parser();
    private final int maxBytes;

    /** @param maxBytes inputs above this size are refused (the tagger's time grows with length) */
    public StoryReader(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    public List<WireStory> read(byte[] bytes, Instant receivedAt) throws UnreadableStoryException {
        if (bytes.length > maxBytes) {
            throw new UnreadableStoryException("too large: " + bytes.length + " bytes, the limit is " + maxBytes);
        }
        String text = Normalizer.normalize(decode(bytes), Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new UnreadableStoryException("empty input");
        }
        if (text.strip().charAt(0) == '<') {
            // whitespace before an XML declaration is not well-formed, but harmless and common in files
            return readXml(SafeXml.parse(text.stripLeading()), receivedAt);
        }
        return parserFor(text).parse(text, receivedAt);
    }

    StoryParser parserFor(String text) {
        return text.strip().charAt(0) == '{' ? ninjs : plain;
    }

    /**
     * XML goes by its root element: NewsML-G2 {@code newsItem}/{@code newsMessage}, RSS 2.0 {@code rss},
     * Atom {@code feed}/{@code entry}, NewsML 1.x {@code NewsML}. The document was parsed with DTDs refused
     * ({@link SafeXml}), so no entity has been expanded or resolved.
     */
    private List<WireStory> readXml(Document doc, Instant receivedAt) throws UnreadableStoryException {
        Element root = doc.getDocumentElement();
        if (NewsMLG2Parser.reads(root)) {
            return newsmlG2.read(doc, receivedAt);
        }
        if (FeedParser.reads(root)) {
            return feeds.read(doc, receivedAt);
        }
        if (NewsML1Parser.reads(root)) {
            return newsml1.read(doc, receivedAt);
        }
        throw new UnreadableStoryException("unsupported XML: root element " + SafeXml.describe(root)
                + "; supported are NewsML-G2 newsItem/newsMessage (" + NewsMLG2Parser.NS + "), RSS 2.0 rss,"
                + " Atom feed/entry (" + FeedParser.ATOM_NS + ") and NewsML 1.x NewsML");
    }

    private static String decode(byte[] bytes) throws UnreadableStoryException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableStoryException("not UTF-8 text: " + e.getMessage(), e);
        }
        long control = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t').count();
        if (control > 0 && control * 100 >= text.length()) {
            throw new UnreadableStoryException("binary content: " + control + " control characters in " + text.length());
        }
        return text;
    }
}
