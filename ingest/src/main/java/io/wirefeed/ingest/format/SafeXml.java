package io.wirefeed.ingest.format;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * XML parsing for untrusted input, and the few DOM helpers the XML parsers share.
 *
 * <p>Documents are parsed by the JDK's own DOM parser with DTDs refused outright: a {@code <!DOCTYPE>}
 * fails the parse, so no entity is ever declared, expanded or fetched (no XML bomb, no XXE). External
 * entities, external DTD loading and XInclude are switched off as well, and any entity resolution the
 * parser might still attempt is answered with an error.
 */
final class SafeXml {
    static final String XML_NS = XMLConstants.XML_NS_URI;
    static final String DTD_REFUSED = "DTDs and entity declarations are not allowed in XML input"
            + " (<!DOCTYPE> refused; entities are never expanded or resolved)";

    private static final DocumentBuilderFactory FACTORY = factory();
    private static final ErrorHandler QUIET = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) {}

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private SafeXml() {}

    private static DocumentBuilderFactory factory() {
        // the JDK's built-in implementation, whatever else is on the class path
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser refused a security feature", e);
        }
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setValidating(false);
        f.setNamespaceAware(true);
        f.setCoalescing(true);
        return f;
    }

    /** Parses {@code text}; a DTD, an undeclared entity or any well-formedness error makes it unreadable. */
    static Document parse(String text) throws UnreadableStoryException {
        DocumentBuilder builder;
        try {
            synchronized (FACTORY) {
                builder = FACTORY.newDocumentBuilder();
            }
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser cannot be configured", e);
        }
        builder.setErrorHandler(QUIET);
        builder.setEntityResolver((publicId, systemId) -> {
            throw new SAXException("external entity refused: " + systemId);
        });
        try {
            return builder.parse(new InputSource(new StringReader(text)));
        } catch (SAXParseException e) {
            if (String.valueOf(e.getMessage()).contains("DOCTYPE")) {
                throw new UnreadableStoryException(DTD_REFUSED, e);
            }
            throw new UnreadableStoryException("broken XML: line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + ": " + e.getMessage(), e);
        } catch (SAXException e) {
            throw new UnreadableStoryException("broken XML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UnreadableStoryException("unreadable XML: " + e.getMessage(), e);
        }
    }

    /** The element's name for messages: {@code <prefix:name>}, and its namespace when it has one. */
    static String describe(Element e) {
        String ns = e.getNamespaceURI();
        return "<" + e.getTagName() + ">" + (ns == null ? " (no namespace)" : " (namespace " + ns + ")");
    }

    static String localName(Node n) {
        return n.getLocalName() != null ? n.getLocalName() : n.getNodeName();
    }

    /** Child elements named {@code local} (any namespace). */
    static List<Element> children(Element parent, String local) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName(e).equals(local)) {
                out.add(e);
            }
        }
        return out;
    }

    /** Child elements named {@code local} in namespace {@code ns}. */
    static List<Element> children(Element parent, String ns, String local) {
        List<Element> out = new ArrayList<>();
        for (Element e : children(parent, local)) {
            if (ns.equals(e.getNamespaceURI())) {
                out.add(e);
            }
        }
        return out;
    }

    /** The first child element named {@code local} (any namespace), or null. */
    static Element child(Element parent, String local) {
        List<Element> c = children(parent, local);
        return c.isEmpty() ? null : c.get(0);
    }

    /** The first element at the path of local names below {@code parent}, or null. */
    static Element path(Element parent, String... locals) {
        Element e = parent;
        for (String l : locals) {
            e = child(e, l);
            if (e == null) {
                return null;
            }
        }
        return e;
    }

    /** All descendant elements named {@code local}, in document order. */
    static List<Element> descendants(Element parent, String local) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if (localName(e).equals(local)) {
                    out.add(e);
                }
                out.addAll(descendants(e, local));
            }
        }
        return out;
    }

    /** The element's text, whitespace collapsed, or null when it is missing or blank. */
    static String text(Element e) {
        if (e == null) {
            return null;
        }
        String t = e.getTextContent().replaceAll("[\\s\\u00A0]+", " ").strip();
        return t.isEmpty() ? null : t;
    }

    /** The attribute's value, stripped, or null when it is missing or blank. */
    static String attr(Element e, String name) {
        if (e == null || !e.hasAttribute(name)) {
            return null;
        }
        String v = e.getAttribute(name).strip();
        return v.isEmpty() ? null : v;
    }

    /** {@code xml:lang} of the element, or null. */
    static String lang(Element e) {
        if (e == null) {
            return null;
        }
        String v = e.getAttributeNS(XML_NS, "lang").strip();
        return v.isEmpty() ? null : v;
    }

    /** Plain text as written: lines stripped, runs of blank lines kept as one paragraph break. */
    static String plainText(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\r\n", "\n").replace('\r', '\n').lines().map(String::strip)
                .reduce((a, b) -> a + "\n" + b).orElse("").replaceAll("\n{3,}", "\n\n").strip();
    }

    /** An ISO 8601 date-time (with offset, {@code Z}, or a bare date taken as UTC midnight), or null. */
    static Instant isoInstant(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            // fall through
        }
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException e) {
            // fall through
        }
        try {
            return LocalDate.parse(t, DateTimeFormatter.ISO_DATE).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
