package io.wirefeed.ingest.format;

import io.wirefeed.model.WireStory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Plain wire copy: a headline line, then the body in paragraphs, with the agency conventions that
 * {@link WireCopy} takes into metadata (repeated headline, dateline, byline, trailing credits).
 */
public final class PlainWireParser implements StoryParser {

    @Override
    public String format() {
        return "plain";
    }

    @Override
    public List<WireStory> parse(String text, Instant receivedAt) throws UnreadableStoryException {
        List<String> paragraphs = new ArrayList<>(Arrays.stream(text.split("\\n\\s*\\n"))
                .map(String::strip).filter(p -> !p.isEmpty()).toList());
        if (paragraphs.isEmpty()) {
            throw new UnreadableStoryException("empty story: no text");
        }
        String[] firstLines = paragraphs.get(0).split("\\n", 2);
        String headline = firstLines[0].strip();
        if (firstLines.length > 1) {
            paragraphs.set(0, firstLines[1].strip());
        } else {
            paragraphs.remove(0);
        }
        WireCopy copy = WireCopy.of(headline, String.join("\n\n", paragraphs));
        if (copy.body().isBlank()) {
            throw new UnreadableStoryException("no body: only a headline line was found");
        }
        String provider = copy.provider();
        String body = copy.body();
        String id = StoryIds.derive(provider, headline, body);
        return List.of(new WireStory(id, 1, headline, body, null, provider, format(), copy.dateline(), copy.byline(), null,
                receivedAt, copy.credit()));
    }
}
