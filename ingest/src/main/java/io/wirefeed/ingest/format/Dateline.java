package io.wirefeed.ingest.format;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline at the start of a story's first paragraph, in the common agency styles, e.g.
 * {@code BELGRADE, Nov 27 (Tanjug) -}, {@code LONDON, September 24. /TASS/.}, {@code (ANSA) - ROME, JUN 26 -},
 * {@code Zagreb, 10. maja -}, {@code GROSSETO, Italy (AP) --}, {@code SKOPJE -}.
 *
 * @param place    the place as written
 * @param provider the agency named in the dateline, lower case, or null
 * @param credit   that agency as written ("Kenya News Agency"), or null
 * @param rest     the paragraph without the dateline
 */
public record Dateline(String place, String provider, String credit, String rest) {
    private static final String PLACE = "(\\p{Lu}[\\p{L}.'’ -]{1,40}?)";
    private static final String DASH = "\\s*(?:-{1,2}|–|—)\\s*";
    private static final List<Pattern> STYLES = List.of(
            // (ANSA) - BELGRADE, JUN 26 -
            Pattern.compile("^\\((\\p{L}[\\p{L}-]{1,15})\\)" + DASH + PLACE + ",\\s*[^()\\n]{1,25}?" + DASH),
            // BELGRADE, Nov 27 (Tanjug) -     GROSSETO, Italy (AP) --
            Pattern.compile("^" + PLACE + "(?:,\\s*[^()\\n]{1,30}?)?\\s*\\((\\p{L}[\\p{L} /.-]{0,20})\\)" + DASH),
            // LONDON, September 24. /TASS/.
            Pattern.compile("^" + PLACE + ",\\s*[^/\\n]{1,30}?\\s*/(\\p{L}{2,12})/\\.?\\s*"),
            // Zagreb, 10. maja -     BELGRADE, November 27 -
            Pattern.compile("^" + PLACE + ",\\s*(?:\\d{1,2}\\.?\\s*\\p{L}{3,12}|\\p{L}{3,12}\\.?\\s*\\d{1,2})\\.?(?:\\s*\\d{4}\\.?)?" + DASH),
            // SKOPJE -   (a place in capitals only, so an ordinary sentence with a dash is never taken)
            Pattern.compile("^(\\p{Lu}[\\p{Lu} .'-]{2,30})" + DASH));

    /** Finds a dateline at the start of {@code paragraph}, or returns null. */
    public static Dateline find(String paragraph) {
        for (int i = 0; i < STYLES.size(); i++) {
            Matcher m = STYLES.get(i).matcher(paragraph);
            if (m.find() && !m.group(0).equals(paragraph)) {
                String place;
                String provider = null;
                switch (i) {
                    case 0 -> {
                        provider = m.group(1);
                        place = m.group(2);
                    }
                    case 1, 2 -> {
                        place = m.group(1);
                        provider = m.group(2);
                    }
                    default -> place = m.group(1);
                }
                return new Dateline(place.trim(), provider == null ? null : Providers.normalise(provider),
                        provider == null ? null : provider.strip(), paragraph.substring(m.end()).trim());
            }
        }
        return null;
    }

    /** Provider names as the pipeline writes them: lower case, no spaces. */
    public static final class Providers {
        private Providers() {}

        public static String normalise(String credit) {
            String p = credit.trim().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
            return p.replaceAll("^-+|-+$", "");
        }
    }
}
