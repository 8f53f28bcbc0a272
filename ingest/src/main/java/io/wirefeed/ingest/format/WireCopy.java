package io.wirefeed.ingest.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The conventions of agency copy around a story's body, whatever format carried it: the headline
 * repeated as the first line, a dateline ({@link Dateline}), a byline line ("By Ana Petrović"), and
 * trailing credits: the agency ({@code /ibna}, {@code /Lajmi.net/}, {@code (Reuters)}), an editor's
 * initials ({@code (b.an)}) or the reporting line ({@code (Reporting by ...; Editing by ...)}).
 * They go into metadata; the body the tagger reads keeps only the story.
 *
 * @param body     the body without them
 * @param dateline the dateline place, or null
 * @param provider the agency named in the dateline or credit, normalised, or null
 * @param credit   that agency as written, or null
 * @param byline   bylines and reporting credits, "; "-separated, or null
 */
public record WireCopy(String body, String dateline, String provider, String credit, String byline) {
    private static final Pattern SLASH_CREDIT = Pattern.compile("\\s*/\\s*(\\p{L}[\\p{L}\\p{N}.-]{1,24}?)\\s*/?\\s*$");
    private static final Pattern AGENCY_CREDIT = Pattern.compile("\\s*\\((\\p{Lu}[\\p{L}-]{1,15})\\)\\s*$");
    private static final Pattern INITIALS_CREDIT = Pattern.compile("\\s*\\((\\p{Ll}{1,4}(?:[./]\\p{Ll}{1,4})+)\\)\\s*$");
    private static final Pattern REPORTING_CREDIT = Pattern.compile(
            "\\s*\\(?((?:Additional\\s+)?(?:Reporting|Writing|Editing|Compiled)\\s+by\\s[^()]{3,200}?)\\)?\\s*$");
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:By|Piše|Pise|Autor|Nga|От|Од)[:\\s]+(\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3})(?:,\\s*[\\p{L} ]{2,30})?$");

    /** Cleans the body of a story whose headline is {@code headline}. */
    public static WireCopy of(String headline, String body) {
        List<String> paragraphs = new ArrayList<>(Arrays.stream(body.split("\\n\\s*\\n"))
                .map(String::strip).filter(p -> !p.isEmpty()).toList());
        // the repeated headline, alone or as the first line of the first paragraph
        if (!paragraphs.isEmpty() && !headline.isBlank()) {
            String first = paragraphs.get(0);
            if (first.equals(headline.strip())) {
                paragraphs.remove(0);
            } else if (first.startsWith(headline.strip() + "\n")) {
                paragraphs.set(0, first.substring(headline.strip().length()).strip());
            }
        }
        List<String> bylines = new ArrayList<>();
        String provider = null;
        String credit = null;
        // byline paragraphs at either end
        for (int end = 0; end < 2 && !paragraphs.isEmpty(); end++) {
            int i = end == 0 ? 0 : paragraphs.size() - 1;
            Matcher m = BYLINE.matcher(paragraphs.get(i));
            if (m.matches()) {
                bylines.add(m.group(1));
                paragraphs.remove(i);
            }
        }
        // trailing credits, possibly several: "... (Reporting by X; Editing by Y) /ibna"
        for (int round = 0; round < 3 && !paragraphs.isEmpty(); round++) {
            int last = paragraphs.size() - 1;
            String tail = paragraphs.get(last);
            Matcher m;
            if ((m = REPORTING_CREDIT.matcher(tail)).find() && m.start() < tail.length()) {
                bylines.add(m.group(1).strip());
            } else if ((m = SLASH_CREDIT.matcher(tail)).find()) {
                credit = provider != null ? credit : m.group(1);
                provider = provider != null ? provider : Dateline.Providers.normalise(m.group(1));
            } else if ((m = INITIALS_CREDIT.matcher(tail)).find()) {
                bylines.add(m.group(1));
            } else if ((m = AGENCY_CREDIT.matcher(tail)).find()) {
                credit = provider != null ? credit : m.group(1);
                provider = provider != null ? provider : Dateline.Providers.normalise(m.group(1));
            } else {
                break;
            }
            String rest = tail.substring(0, m.start()).strip();
            if (rest.isEmpty()) {
                paragraphs.remove(last);
            } else {
                paragraphs.set(last, rest);
            }
        }
        String dateline = null;
        if (!paragraphs.isEmpty()) {
            Dateline d = Dateline.find(paragraphs.get(0));
            if (d != null) {
                dateline = d.place();
                credit = d.provider() != null ? d.credit() : credit;
                provider = d.provider() != null ? d.provider() : provider;
                paragraphs.set(0, d.rest());
            }
        }
        return new WireCopy(String.join("\n\n", paragraphs), dateline, provider, credit,
                bylines.isEmpty() ? null : String.join("; ", bylines));
    }
}
