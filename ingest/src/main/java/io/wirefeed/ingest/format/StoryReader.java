package io.wirefeed.ingest.format;

import io.wirefeed.model.WireStory;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;

/**
 * Reads any supported input document: checks it is text, detects the format from the content (not the
 * file name), normalises to NFC and hands it to the parser of that format.
 */
public final class StoryReader {
    private final PlainWireParser plain = new PlainWireParser();
    private final NinjsParser ninjs = new NinjsParser();
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
        return parserFor(text).parse(text, receivedAt);
    }

    StoryParser parserFor(String text) throws UnreadableStoryException {
        char first = text.strip().charAt(0);
        if (first == '{') {
            return ninjs;
        }
        if (first == '<') {
            throw new UnreadableStoryException("XML input (NewsML-G2, RSS/Atom) is not supported yet");
        }
        return plain;
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
