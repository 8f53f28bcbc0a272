package io.wirefeed.ingest.format;

import static io.wirefeed.ingest.format.SafeXml.attr;
import static io.wirefeed.ingest.format.SafeXml.child;
import static io.wirefeed.ingest.format.SafeXml.children;
import static io.wirefeed.ingest.format.SafeXml.path;
import static io.wirefeed.ingest.format.SafeXml.text;

import io.wirefeed.model.WireStory;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * IPTC NewsML 1.x (root {@code NewsML}, no namespace), minimally: one story per {@code NewsItem} that has
 * text. The headline, dateline and byline come from the first {@code NewsLines} of a text component (not
 * of a photo or logo), the body from the {@code DataContent} of the component with role {@code Body} or
 * {@code Main} (else the first text content item of a component without a role). The id leaves the
 * revision out ({@code urn:newsml:provider:date:item}); the revision is the version.
 */
public final class NewsML1Parser implements StoryParser {
    /** Component roles that are never the story's text. */
    private static final Set<String> NOT_TEXT_ROLES = Set.of("stylesheet", "headline", "subheadline", "contact",
            "logo", "photo", "picture", "graphic", "video", "audio", "caption", "thumbnail");
    private static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss[XX][XXX]");

    @Override
    public String format() {
        return "newsml-1";
    }

    @Override
    public List<WireStory> parse(String text, Instant receivedAt) throws UnreadableStoryException {
        return read(SafeXml.parse(text), receivedAt);
    }

    /** Whether {@code root} is a document element this parser reads. */
    static boolean reads(Element root) {
        return root.getNamespaceURI() == null && (root.getLocalName().equals("NewsML")
                || root.getLocalName().equals("NewsItem"));
    }

    /** The stories of a parsed NewsML 1.x document. */
    public List<WireStory> read(Document doc, Instant receivedAt) throws UnreadableStoryException {
        Element root = doc.getDocumentElement();
        if (!reads(root)) {
            throw new UnreadableStoryException("not NewsML 1.x: the root element is " + SafeXml.describe(root));
        }
        List<Element> items = root.getLocalName().equals("NewsItem") ? List.of(root) : children(root, "NewsItem");
        String sender = attr(path(root, "NewsEnvelope", "SentFrom", "Party"), "FormalName");
        Instant sent = basicInstant(text(path(root, "NewsEnvelope", "DateAndTime")));
        List<WireStory> stories = new ArrayList<>();
        for (Element item : items) {
            WireStory s = story(item, sender, sent, receivedAt);
            if (s != null) {
                stories.add(s);
            }
        }
        if (stories.isEmpty()) {
            throw new UnreadableStoryException(items.isEmpty() ? "NewsML 1.x document holds no NewsItem"
                    : "NewsML 1.x document holds no NewsItem with a headline or text body");
        }
        return stories;
    }

    private WireStory story(Element item, String sender, Instant sent, Instant receivedAt) {
        Element identifier = path(item, "Identification", "NewsIdentifier");
        Element management = child(item, "NewsManagement");
        Element component = child(item, "NewsComponent");
        if (component == null) {
            return null;
        }
        String headline = newsLine(component, "HeadLine");
        headline = headline == null ? "" : headline;
        String body = body(component);
        if (headline.isBlank() && body.isBlank()) {
            return null;
        }
        String provider = sender != null ? sender : text(child(identifier, "ProviderId"));
        provider = provider == null || Dateline.Providers.normalise(provider).isEmpty() ? null
                : Dateline.Providers.normalise(provider);
        WireCopy copy = WireCopy.of(headline, body);
        body = copy.body();
        provider = provider != null ? provider : copy.provider();
        String dateline = newsLine(component, "DateLine");
        String byline = newsLine(component, "ByLine");
        String language = attr(SafeXml.descendants(component, "Language").stream().findFirst().orElse(null),
                "FormalName");
        Instant created = basicInstant(text(child(management, "ThisRevisionCreated")));
        if (created == null) {
            created = basicInstant(text(child(management, "FirstCreated")));
        }
        String id = id(identifier);
        return new WireStory(id != null ? id : StoryIds.derive(provider, headline, body),
                NewsMLG2Parser.version(text(child(identifier, "RevisionId"))), headline.strip(), body.strip(),
                language, provider, format(), dateline != null ? dateline : copy.dateline(),
                byline != null ? byline : copy.byline(), created != null ? created : sent, receivedAt,
                provider != null && provider.equals(copy.provider()) ? copy.credit() : null);
    }

    /** {@code urn:newsml:provider:date:item} without the revision, or null. */
    private static String id(Element identifier) {
        String provider = text(child(identifier, "ProviderId"));
        String date = text(child(identifier, "DateId"));
        String item = text(child(identifier, "NewsItemId"));
        if (provider != null && date != null && item != null) {
            return "urn:newsml:" + provider + ":" + date + ":" + item;
        }
        String pub = text(child(identifier, "PublicIdentifier"));
        return pub == null ? null : pub.replaceFirst(":\\d+[AUN]?$", "");
    }

    /** The first {@code NewsLines/<line>} of a component that is not a photo, logo or other non-text part. */
    private static String newsLine(Element component, String line) {
        if (isTextRole(component) || role(component) == null) {
            for (Element lines : children(component, "NewsLines")) {
                String t = text(child(lines, line));
                if (t != null) {
                    return t;
                }
            }
            for (Element sub : children(component, "NewsComponent")) {
                String t = newsLine(sub, line);
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    private static String body(Element top) {
        Element best = null;
        Element fallback = null;
        for (Element component : withSubcomponents(top)) {
            String role = role(component);
            for (Element content : children(component, "ContentItem")) {
                if (child(content, "DataContent") == null || !isText(content)) {
                    continue;
                }
                if (role != null && (role.equals("body") || role.equals("main"))) {
                    best = best != null ? best : content;
                } else if (role == null) {
                    fallback = fallback != null ? fallback : content;
                }
            }
        }
        Element chosen = best != null ? best : fallback;
        return chosen == null ? "" : dataText(chosen);
    }

    private static String dataText(Element contentItem) {
        Element data = child(contentItem, "DataContent");
        for (Node n = data.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element) {
                return HtmlText.of(data);
            }
        }
        String type = mimeType(contentItem);
        return type.contains("html") || type.contains("nitf") ? HtmlText.of(data.getTextContent())
                : SafeXml.plainText(data.getTextContent());
    }

    private static boolean isText(Element contentItem) {
        String type = mimeType(contentItem);
        String format = attr(child(contentItem, "Format"), "FormalName");
        format = format == null ? "" : format.toLowerCase(Locale.ROOT);
        if (type.isEmpty()) {
            return !format.contains("css") && !format.contains("jpeg") && !format.contains("image");
        }
        return (type.startsWith("text/") && !type.equals("text/css")) || type.contains("xml") || type.contains("html");
    }

    private static String mimeType(Element contentItem) {
        String type = attr(child(contentItem, "MimeType"), "FormalName");
        return type == null ? "" : type.toLowerCase(Locale.ROOT);
    }

    private static List<Element> withSubcomponents(Element component) {
        List<Element> out = new ArrayList<>();
        out.add(component);
        for (Element sub : children(component, "NewsComponent")) {
            out.addAll(withSubcomponents(sub));
        }
        return out;
    }

    private static String role(Element component) {
        String role = attr(child(component, "Role"), "FormalName");
        return role == null ? null : role.toLowerCase(Locale.ROOT);
    }

    private static boolean isTextRole(Element component) {
        String role = role(component);
        return role != null && !NOT_TEXT_ROLES.contains(role);
    }

    /** NewsML 1 date-times are ISO 8601 basic ({@code 20130516T040100+0000}); without an offset, null. */
    static Instant basicInstant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip(), BASIC).toInstant();
        } catch (DateTimeParseException e) {
            try {
                LocalDateTime.parse(text.strip(), BASIC);
                return null;
            } catch (DateTimeParseException e2) {
                return SafeXml.isoInstant(text);
            }
        }
    }
}
