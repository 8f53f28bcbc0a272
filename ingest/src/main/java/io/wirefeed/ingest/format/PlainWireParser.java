package io.wirefeed.ingest.format;

import io.wirefeed.model.WireStory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain wire copy: a headline line, optionally the headline again, the body in paragraphs, and the
 * agency's trailing credit ({@code /ibna}, {@code (Reuters)}) or editor's initials ({@code (b.an)}).
 * The credit and the dateline go into metadata, never into the body the tagger reads.
 */
public final class PlainWireParser implements StoryParser {
    private static final Pattern SLASH_CREDIT = Pattern.compile("\\s*/\\s*(\\p{L}[\\p{L}.-]{1,15})\\s*$");
    private static final Pattern AGENCY_CREDIT = Pattern.compile("\\s*\\((\\p{Lu}[\\p{L}-]{1,15})\\)\\s*$");
    private static final Pattern INITIALS_CREDIT = Pattern.compile("\\s*\\((\\p{Ll}{1,4}(?:[./]\\p{Ll}{1,4})+)\\)\\s*$");

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
        if (!paragraphs.isEmpty() && paragraphs.get(0).equals(headline)) {
            paragraphs.remove(0); // agencies often repeat the headline as the first line of the body
        }
        if (paragraphs.isEmpty()) {
            throw new UnreadableStoryException("no body: only a headline line was found");
        }
        String provider = null;
        String byline = null;
        int last = paragraphs.size() - 1;
        String tail = paragraphs.get(last);
        Matcher m;
        if ((m = SLASH_CREDIT.matcher(tail)).find()) {
            provider = Dateline.Providers.normalise(m.group(1));
            tail = tail.substring(0, m.start());
        } else if ((m = INITIALS_CREDIT.matcher(tail)).find()) {
            byline = m.group(1);
            tail = tail.substring(0, m.start());
        } else if ((m = AGENCY_CREDIT.matcher(tail)).find()) {
            provider = Dateline.Providers.normalise(m.group(1));
            tail = tail.substring(0, m.start());
        }
        paragraphs.set(last, tail.strip());
        paragraphs.removeIf(String::isEmpty);

        String dateline = null;
        if (!paragraphs.isEmpty()) {
            Dateline d = Dateline.find(paragraphs.get(0));
            if (d != null) {
                dateline = d.place();
                provider = provider != null ? provider : d.provider();
                paragraphs.set(0, d.rest());
            }
        }
        String body = String.join("\n\n", paragraphs);
        String id = StoryIds.derive(provider, headline, body);
        return List.of(new WireStory(id, 1, headline, body, null, provider, format(), dateline, byline, null, receivedAt));
    }
}
