package io.wirefeed.ingest.format;

import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.w3c.dom.Node;

/**
 * The text of an HTML, XHTML or NITF fragment, one paragraph per block element, paragraphs joined by a
 * blank line. A block holding other paragraph blocks (a {@code <blockquote>} or {@code <li>} with
 * {@code <p>} inside) gives its inner paragraphs, not its whole text twice.
 */
final class HtmlText {
    private static final String BLOCKS = "p, h1, h2, h3, h4, li, blockquote, hl1, hl2";
    /** Blocks of XML bodies (inline XHTML or NITF); NITF's {@code hl1} is the headline, which the metadata has. */
    private static final Set<String> XML_BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "li", "blockquote", "hl2");
    private static final Set<String> INNER = Set.of("p", "li");
    /** Never body text: XHTML's head, and NITF's {@code hedline} (headline and subheadline, in the metadata). */
    private static final Set<String> NOT_TEXT = Set.of("head", "title", "script", "style", "hedline");

    private HtmlText() {}

    /** The text of an HTML string (tags as markup or escaped in a JSON or XML text value). */
    static String of(String html) {
        var doc = Jsoup.parse(html);
        StringBuilder out = new StringBuilder();
        var blocks = doc.select(BLOCKS);
        if (blocks.isEmpty()) {
            return doc.body().text();
        }
        for (Element b : blocks) {
            boolean holdsParagraphs = b.select("p, li").stream().anyMatch(inner -> inner != b);
            if (!holdsParagraphs || b.tagName().equals("p")) {
                append(out, b.text());
            }
        }
        return out.toString();
    }

    /** The text of XML markup (inline XHTML or NITF inside a NewsML or Atom document), by local element names. */
    static String of(org.w3c.dom.Element root) {
        StringBuilder out = new StringBuilder();
        boolean[] found = {false};
        collect(root, out, found);
        if (!found[0]) {
            StringBuilder all = new StringBuilder();
            text(root, all);
            return collapse(all);
        }
        return out.toString();
    }

    private static void collect(org.w3c.dom.Element e, StringBuilder out, boolean[] found) {
        String name = name(e);
        if (NOT_TEXT.contains(name)) {
            return;
        }
        if (XML_BLOCKS.contains(name)) {
            found[0] = true;
            if (name.equals("p") || !holdsParagraphs(e)) {
                StringBuilder t = new StringBuilder();
                text(e, t);
                append(out, collapse(t));
                return;
            }
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof org.w3c.dom.Element child) {
                collect(child, out, found);
            }
        }
    }

    private static boolean holdsParagraphs(org.w3c.dom.Element e) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof org.w3c.dom.Element child && (INNER.contains(name(child)) || holdsParagraphs(child))) {
                return true;
            }
        }
        return false;
    }

    /** Text content, a line break counting as a space, markup-only elements skipped. */
    private static void text(Node node, StringBuilder out) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            switch (n.getNodeType()) {
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> out.append(n.getNodeValue());
                case Node.ELEMENT_NODE -> {
                    String name = name((org.w3c.dom.Element) n);
                    if (name.equals("br")) {
                        out.append(' ');
                    } else if (!NOT_TEXT.contains(name)) {
                        text(n, out);
                    }
                }
                default -> { }
            }
        }
    }

    private static String name(org.w3c.dom.Element e) {
        String local = e.getLocalName() != null ? e.getLocalName() : e.getTagName();
        return local.toLowerCase(Locale.ROOT);
    }

    private static String collapse(CharSequence s) {
        return s.toString().replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    private static void append(StringBuilder out, String paragraph) {
        String t = paragraph.strip();
        if (!t.isEmpty()) {
            out.append(out.isEmpty() ? "" : "\n\n").append(t);
        }
    }
}
