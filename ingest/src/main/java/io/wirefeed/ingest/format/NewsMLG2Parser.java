package io.wirefeed.ingest.format;

import static io.wirefeed.ingest.format.SafeXml.attr;
import static io.wirefeed.ingest.format.SafeXml.child;
import static io.wirefeed.ingest.format.SafeXml.children;
import static io.wirefeed.ingest.format.SafeXml.path;
import static io.wirefeed.ingest.format.SafeXml.text;

import io.wirefeed.model.WireStory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * IPTC NewsML-G2 text items: a {@code newsItem} is one story, a {@code newsMessage} one story per
 * {@code newsItem} of its {@code itemSet} (picture, video and other non-text items are skipped).
 * The body is the first {@code inlineXML} (XHTML or NITF, one paragraph per block element) or else the
 * first {@code inlineData} (plain text) of the {@code contentSet}.
 */
public final class NewsMLG2Parser implements StoryParser {
    public static final String NS = "http://iptc.org/std/nar/2006-10-01/";

    @Override
    public String format() {
        return "newsml-g2";
    }

    @Override
    public List<WireStory> parse(String text, Instant receivedAt) throws UnreadableStoryException {
        return read(SafeXml.parse(text), receivedAt);
    }

    /** Whether {@code root} is a document element this parser reads. */
    static boolean reads(Element root) {
        return NS.equals(root.getNamespaceURI())
                && (root.getLocalName().equals("newsItem") || root.getLocalName().equals("newsMessage"));
    }

    /** The stories of a parsed NewsML-G2 document. */
    public List<WireStory> read(Document doc, Instant receivedAt) throws UnreadableStoryException {
        Element root = doc.getDocumentElement();
        if (!reads(root)) {
            throw new UnreadableStoryException("not NewsML-G2: the root element is " + SafeXml.describe(root)
                    + ", newsItem or newsMessage in namespace " + NS + " expected");
        }
        if (root.getLocalName().equals("newsItem")) {
            String kind = nonTextClass(root);
            if (kind != null) {
                throw new UnreadableStoryException("NewsML-G2 newsItem is a " + kind + " item, not text");
            }
            return List.of(story(root, receivedAt));
        }
        List<WireStory> stories = new ArrayList<>();
        int items = 0;
        for (Element set : children(root, NS, "itemSet")) {
            for (Element item : children(set, NS, "newsItem")) {
                items++;
                if (nonTextClass(item) == null) {
                    stories.add(story(item, receivedAt));
                }
            }
        }
        if (stories.isEmpty()) {
            throw new UnreadableStoryException(items == 0
                    ? "NewsML-G2 newsMessage holds no newsItem in its itemSet"
                    : "NewsML-G2 newsMessage holds no text newsItem (" + items + " non-text items)");
        }
        return stories;
    }

    private WireStory story(Element item, Instant receivedAt) throws UnreadableStoryException {
        Element contentMeta = child(item, "contentMeta");
        Element itemMeta = child(item, "itemMeta");
        String headline = headline(contentMeta);
        String body = body(child(item, "contentSet"));
        String guid = attr(item, "guid");
        if (headline.isBlank() && body.isBlank()) {
            throw new UnreadableStoryException("NewsML-G2 newsItem " + (guid == null ? "" : guid + " ")
                    + "has neither a headline nor a text body (contentMeta/headline, contentSet/inlineXML or inlineData)");
        }
        String provider = provider(child(itemMeta, "provider"));
        WireCopy copy = WireCopy.of(headline, body);
        body = copy.body();
        String dateline = text(child(contentMeta, "dateline"));
        if (dateline == null) {
            dateline = text(path(contentMeta, "located", "name"));
        }
        dateline = dateline != null ? dateline : copy.dateline();
        provider = provider != null ? provider : copy.provider();
        String byline = text(child(contentMeta, "by"));
        byline = byline != null ? byline : copy.byline();
        String language = attr(child(contentMeta, "language"), "tag");
        language = language != null ? language : SafeXml.lang(item);
        String id = guid != null ? guid : StoryIds.derive(provider, headline, body);
        return new WireStory(id, version(attr(item, "version")), headline.strip(), body.strip(), language, provider,
                format(), dateline, byline, SafeXml.isoInstant(text(child(itemMeta, "versionCreated"))), receivedAt,
                provider != null && provider.equals(copy.provider()) ? copy.credit() : null);
    }

    /** The first headline without a role or with role {@code hld:main}, else the first headline. */
    private static String headline(Element contentMeta) {
        List<Element> headlines = children(contentMeta, "headline");
        for (Element h : headlines) {
            String role = attr(h, "role");
            if ((role == null || role.equals("hld:main")) && text(h) != null) {
                return text(h);
            }
        }
        for (Element h : headlines) {
            if (text(h) != null) {
                return text(h);
            }
        }
        return "";
    }

    /** The first inlineXML with text, else the first inlineData with text. */
    private static String body(Element contentSet) {
        for (Element inlineXml : children(contentSet, "inlineXML")) {
            String text = HtmlText.of(inlineXml);
            if (!text.isBlank()) {
                return text;
            }
        }
        for (Element inlineData : children(contentSet, "inlineData")) {
            String type = attr(inlineData, "contenttype");
            String data = inlineData.getTextContent();
            String text = type != null && type.toLowerCase(Locale.ROOT).contains("html") ? HtmlText.of(data)
                    : SafeXml.plainText(data);
            if (!text.isBlank()) {
                return text;
            }
        }
        return "";
    }

    /** {@code literal}, else the code of {@code qcode} without its scheme alias, else the provider's name. */
    private static String provider(Element provider) {
        if (provider == null) {
            return null;
        }
        String p = attr(provider, "literal");
        if (p == null) {
            String qcode = attr(provider, "qcode");
            p = qcode == null ? null : qcode.substring(qcode.indexOf(':') + 1);
        }
        if (p == null) {
            p = text(child(provider, "name"));
        }
        if (p == null) {
            return null;
        }
        String normalised = Dateline.Providers.normalise(p);
        return normalised.isEmpty() ? null : normalised;
    }

    /** The item class when it is present and not text ({@code ninat:picture}, ...), else null. */
    private static String nonTextClass(Element item) {
        String qcode = attr(path(item, "itemMeta", "itemClass"), "qcode");
        if (qcode == null) {
            return null;
        }
        String code = qcode.substring(qcode.indexOf(':') + 1).toLowerCase(Locale.ROOT);
        return code.equals("text") || code.equals("composite") ? null : qcode;
    }

    static int version(String v) {
        if (v == null) {
            return 1;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
