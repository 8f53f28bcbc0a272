package io.wirefeed.ingest.format;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import io.wirefeed.model.Json;
import io.wirefeed.model.WireStory;
import java.time.Instant;
import java.util.List;

/**
 * IPTC ninjs 1.x, 2.x and 3.x documents (snake_case or camelCase field names), and the simple JSON form
 * {@code {"id", "headline", "body_text", "language", "provider"}} that {@code wirefeed tag} also reads.
 * HTML and NITF bodies are reduced to text, one paragraph per block element.
 */
public final class NinjsParser implements StoryParser {

    @Override
    public String format() {
        return "ninjs";
    }

    @Override
    public List<WireStory> parse(String text, Instant receivedAt) throws UnreadableStoryException {
        JsonNode doc;
        try {
            doc = Json.MAPPER.readTree(text);
        } catch (JacksonException e) {
            throw new UnreadableStoryException("broken JSON: " + e.getOriginalMessage(), e);
        }
        return List.of(read(doc, receivedAt));
    }

    /** One ninjs document (or simple story object) as a story. */
    public WireStory read(JsonNode doc, Instant receivedAt) throws UnreadableStoryException {
        if (doc == null || !doc.isObject()) {
            throw new UnreadableStoryException("JSON is not an object: a ninjs document or {id, headline, body_text} expected");
        }
        String headline = headline(doc);
        String body = body(doc);
        if (headline.isBlank() && body.isBlank()) {
            throw new UnreadableStoryException("JSON has neither a headline nor a body (ninjs headline(s), body_text, bodies)");
        }
        String credit = firstText(doc, "provider", "copyrightholder", "copyrightHolder");
        String provider = credit == null ? null : Dateline.Providers.normalise(credit);
        WireCopy copy = WireCopy.of(headline, body);
        body = copy.body();
        String dateline = firstText(doc, "located");
        dateline = dateline != null ? dateline : copy.dateline();
        credit = provider != null ? credit : copy.credit();
        provider = provider != null ? provider : copy.provider();
        String byline = firstText(doc, "byline", "by");
        byline = byline != null ? byline : copy.byline();
        String id = firstText(doc, "uri", "id", "guid");
        if (id == null) {
            id = StoryIds.derive(provider, headline, body);
        }
        return new WireStory(id, version(doc), headline.strip(), body.strip(), firstText(doc, "language"), provider,
                format(), dateline, byline,
                SafeXml.isoInstant(firstText(doc, "versioncreated", "versionCreated", "firstcreated", "firstCreated")), receivedAt,
                credit);
    }

    private static String headline(JsonNode doc) {
        String h = firstText(doc, "headline", "title");
        if (h != null) {
            return h;
        }
        JsonNode main = byRole(doc.path("headlines"), "main");
        return main == null ? "" : main.path("value").asText("");
    }

    private static String body(JsonNode doc) {
        String plain = firstText(doc, "body_text");
        if (plain != null) {
            return plain;
        }
        for (String html : new String[] {"body_html", "body_xhtml"}) {
            if (doc.hasNonNull(html)) {
                return HtmlText.of(doc.get(html).asText());
            }
        }
        JsonNode bodies = doc.path("bodies");
        JsonNode best = null;
        for (JsonNode b : bodies) {
            String type = firstText(b, "contenttype", "contentType");
            if (type != null && type.startsWith("text/plain")) {
                return b.path("value").asText("");
            }
            best = best == null ? b : best;
        }
        if (best != null) {
            return HtmlText.of(best.path("value").asText(""));
        }
        JsonNode description = byRole(doc.path("descriptions"), null);
        return description == null ? "" : description.path("value").asText("");
    }

    private static JsonNode byRole(JsonNode list, String role) {
        JsonNode first = null;
        for (JsonNode n : list) {
            first = first == null ? n : first;
            if (role != null && role.equals(n.path("role").asText())) {
                return n;
            }
        }
        return first;
    }

    private static int version(JsonNode doc) {
        JsonNode v = doc.path("version");
        if (v.isInt()) {
            return v.asInt();
        }
        try {
            return Integer.parseInt(v.asText("1").trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    static String firstText(JsonNode node, String... names) {
        for (String n : names) {
            JsonNode v = node.get(n);
            if (v != null && v.isValueNode() && !v.asText().isBlank()) {
                return v.asText();
            }
        }
        return null;
    }
}
