package io.wirefeed.ingest.format;

import static io.wirefeed.ingest.format.SafeXml.attr;
import static io.wirefeed.ingest.format.SafeXml.child;
import static io.wirefeed.ingest.format.SafeXml.children;
import static io.wirefeed.ingest.format.SafeXml.text;

import io.wirefeed.model.WireStory;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * RSS 2.0 and Atom feeds: one story per RSS {@code item} or Atom {@code entry} (a lone Atom
 * {@code entry} document is one story). Stories carry the format {@code rss} or {@code atom}; HTML
 * bodies are reduced to text paragraphs. Items with neither a title nor a body are skipped.
 */
public final class FeedParser implements StoryParser {
    public static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";
    static final String DC_NS = "http://purl.org/dc/elements/1.1/";

    /** The name of the parser; each story says which of {@code rss} and {@code atom} it came in. */
    @Override
    public String format() {
        return "rss/atom";
    }

    @Override
    public List<WireStory> parse(String text, Instant receivedAt) throws UnreadableStoryException {
        return read(SafeXml.parse(text), receivedAt);
    }

    /** Whether {@code root} is a document element this parser reads. */
    static boolean reads(Element root) {
        return isRss(root) || isAtom(root);
    }

    private static boolean isRss(Element root) {
        return root.getNamespaceURI() == null && root.getLocalName().equals("rss");
    }

    private static boolean isAtom(Element root) {
        return ATOM_NS.equals(root.getNamespaceURI())
                && (root.getLocalName().equals("feed") || root.getLocalName().equals("entry"));
    }

    /** The stories of a parsed feed document. */
    public List<WireStory> read(Document doc, Instant receivedAt) throws UnreadableStoryException {
        Element root = doc.getDocumentElement();
        if (isRss(root)) {
            return rss(root, receivedAt);
        }
        if (isAtom(root)) {
            return atom(root, receivedAt);
        }
        throw new UnreadableStoryException("not an RSS or Atom feed: the root element is " + SafeXml.describe(root));
    }

    // ---- RSS 2.0

    private static List<WireStory> rss(Element rss, Instant receivedAt) throws UnreadableStoryException {
        Element channel = child(rss, "channel");
        if (channel == null) {
            throw new UnreadableStoryException("RSS document has no channel");
        }
        String provider = provider(text(child(channel, "title")));
        String channelLanguage = text(child(channel, "language"));
        List<Element> items = children(channel, "item");
        List<WireStory> stories = new ArrayList<>();
        for (Element item : items) {
            String headline = plain(text(child(item, "title")));
            String html = firstText(children(item, CONTENT_NS, "encoded"));
            if (html == null) {
                html = text(child(item, "description")) == null ? null : child(item, "description").getTextContent();
            }
            String body = html == null ? "" : HtmlText.of(html);
            if (headline.isBlank() && body.isBlank()) {
                continue;
            }
            String id = text(child(item, "guid"));
            id = id != null ? id : text(child(item, "link"));
            String byline = firstText(children(item, DC_NS, "creator"));
            byline = byline != null ? byline : rssAuthor(text(child(item, "author")));
            String language = firstText(children(item, DC_NS, "language"));
            Instant created = rfc1123(text(child(item, "pubDate")));
            if (created == null) {
                created = SafeXml.isoInstant(firstText(children(item, DC_NS, "date")));
            }
            stories.add(story("rss", id, headline, body, language != null ? language : channelLanguage, provider,
                    byline, created, receivedAt));
        }
        if (stories.isEmpty()) {
            throw new UnreadableStoryException(items.isEmpty() ? "RSS channel has no item"
                    : "RSS channel has no item with a title or description (" + items.size() + " items)");
        }
        return stories;
    }

    /** RSS {@code author} is {@code email (Name)}: the name, else the whole value. */
    private static String rssAuthor(String author) {
        if (author == null) {
            return null;
        }
        int open = author.indexOf('(');
        int close = author.lastIndexOf(')');
        return open >= 0 && close > open + 1 ? author.substring(open + 1, close).strip() : author;
    }

    /** An RFC 1123 date ({@code Tue, 27 Nov 2026 09:30:00 GMT} or {@code +0100}), else ISO 8601, else null. */
    static Instant rfc1123(String text) {
        if (text == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(text.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return SafeXml.isoInstant(text);
        }
    }

    // ---- Atom

    private static List<WireStory> atom(Element root, Instant receivedAt) throws UnreadableStoryException {
        if (root.getLocalName().equals("entry")) {
            Element source = child(root, "source");
            WireStory s = entry(root, provider(source == null ? null : atomText(child(source, "title"))),
                    SafeXml.lang(root), receivedAt);
            if (s == null) {
                throw new UnreadableStoryException("Atom entry has neither a title nor a content or summary");
            }
            return List.of(s);
        }
        String provider = provider(atomText(child(root, "title")));
        List<Element> entries = children(root, ATOM_NS, "entry");
        List<WireStory> stories = new ArrayList<>();
        for (Element entry : entries) {
            WireStory s = entry(entry, provider, SafeXml.lang(root), receivedAt);
            if (s != null) {
                stories.add(s);
            }
        }
        if (stories.isEmpty()) {
            throw new UnreadableStoryException(entries.isEmpty() ? "Atom feed has no entry"
                    : "Atom feed has no entry with a title or content (" + entries.size() + " entries)");
        }
        return stories;
    }

    private static WireStory entry(Element entry, String provider, String feedLanguage, Instant receivedAt) {
        String headline = atomText(child(entry, "title"));
        headline = headline == null ? "" : headline;
        String body = atomBody(child(entry, "content"));
        if (body.isBlank()) {
            body = atomBody(child(entry, "summary"));
        }
        if (headline.isBlank() && body.isBlank()) {
            return null;
        }
        String id = text(child(entry, "id"));
        id = id != null ? id : alternateLink(entry);
        Instant created = SafeXml.isoInstant(text(child(entry, "updated")));
        if (created == null) {
            created = SafeXml.isoInstant(text(child(entry, "published")));
        }
        String language = SafeXml.lang(entry);
        return story("atom", id, headline, body, language != null ? language : feedLanguage, provider,
                text(SafeXml.path(entry, "author", "name")), created, receivedAt);
    }

    /** An Atom text construct ({@code type} text, html or xhtml) as one line of text, or null. */
    private static String atomText(Element e) {
        if (e == null) {
            return null;
        }
        String type = attr(e, "type");
        String t = "html".equals(type) ? Jsoup.parse(e.getTextContent()).text() : text(e);
        return t == null || t.isBlank() ? null : t.strip();
    }

    /** The text of an Atom {@code content} or {@code summary}; out-of-line content ({@code src}) has none. */
    private static String atomBody(Element e) {
        if (e == null || attr(e, "src") != null) {
            return "";
        }
        String type = attr(e, "type");
        type = type == null ? "text" : type.toLowerCase(Locale.ROOT);
        if (type.equals("xhtml") || type.endsWith("+xml") || type.endsWith("/xml")) {
            return HtmlText.of(e);
        }
        if (type.equals("html") || type.contains("html")) {
            return HtmlText.of(e.getTextContent());
        }
        return SafeXml.plainText(e.getTextContent());
    }

    private static String alternateLink(Element entry) {
        String any = null;
        for (Element link : children(entry, "link")) {
            String rel = attr(link, "rel");
            String href = attr(link, "href");
            if (href != null && (rel == null || rel.equals("alternate"))) {
                return href;
            }
            any = any != null ? any : href;
        }
        return any;
    }

    // ---- both

    private static WireStory story(String format, String id, String headline, String body, String language,
            String provider, String byline, Instant created, Instant receivedAt) {
        WireCopy copy = WireCopy.of(headline, body);
        String text = copy.body();
        String p = provider != null ? provider : copy.provider();
        String storyId = id != null ? id : StoryIds.derive(p, headline, text);
        return new WireStory(storyId, 1, headline.strip(), text.strip(), language, p, format, copy.dateline(),
                byline != null ? byline : copy.byline(), created, receivedAt, provider != null ? null : copy.credit());
    }

    /** Titles may carry escaped markup; their text only. */
    private static String plain(String title) {
        if (title == null) {
            return "";
        }
        return title.indexOf('<') >= 0 ? Jsoup.parse(title).text() : title;
    }

    private static String provider(String title) {
        if (title == null) {
            return null;
        }
        String p = Dateline.Providers.normalise(title);
        return p.isEmpty() ? null : p;
    }

    private static String firstText(List<Element> elements) {
        for (Element e : elements) {
            String t = text(e);
            if (t != null) {
                return e.getTextContent().strip();
            }
        }
        return null;
    }
}
