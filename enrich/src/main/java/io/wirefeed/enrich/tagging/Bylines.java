package io.wirefeed.enrich.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The people named in a byline or reporting credit: "By Ana Petrova", "Reporting by A B; Editing by C D and E F". */
final class Bylines {
    private static final Pattern ROLE = Pattern.compile("(?i)^(?:additional\\s+)?(?:reporting|writing|editing|compiled|by)\\s+(?:by\\s+)?");
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3}");

    /** where a credited reporter was: "Additional reporting by A B in Belgrade" credits A B */
    private static final Pattern PLACE = Pattern.compile("\\s+(?:in|from|at|u|iz|në|nga)\\s+\\p{Lu}.*$");

    /** A line of the story's own text that is a credit: "By A B and C D", "(Reporting by A B; Editing by C D)". */
    private static final Pattern CREDIT_LINE = Pattern.compile("(?i)^\\(?(?:by|(?:additional\\s+)?(?:reporting|writing|editing|compiled)\\s+by)\\s+\\S");
    /** The first letters of {@link #CREDIT_LINE}: most lines are passed over without the pattern. */
    private static final String CREDIT_OPENINGS = "(BbRrWwEeAaCc";
    /** A credit line is short: a sentence that opens with "By ..." is not one. */
    private static final int MAX_CREDIT_LINE = 200;

    private Bylines() {}

    static List<String> names(String byline) {
        List<String> out = new ArrayList<>();
        if (byline == null || byline.isBlank()) {
            return out;
        }
        for (String part : byline.split(";")) {
            String p = ROLE.matcher(part.strip()).replaceFirst("");
            for (String name : p.split(",|\\s+and\\s+|\\s+&\\s+|\\s+i\\s+|\\s+dhe\\s+")) {
                String n = PLACE.matcher(name.strip()).replaceFirst("");
                if (NAME.matcher(n).matches()) {
                    out.add(capitalised(n));
                }
            }
        }
        return out;
    }

    /**
     * The people of the credit lines within a story's text (the byline above the dateline, the credits below the
     * last paragraph): a line counts only when every part of it is a name, so that "By Monday the talks had ..." is
     * no credit.
     */
    static List<String> inText(String text) {
        List<String> out = new ArrayList<>();
        for (int start = 0, eol; start < text.length(); start = eol + 1) {
            eol = text.indexOf('\n', start);
            eol = eol < 0 ? text.length() : eol;
            // the line's first letter, read in place: most lines open with none of the credit's letters
            int first = start;
            while (first < eol && Character.isWhitespace(text.charAt(first))) {
                first++;
            }
            if (first == eol || CREDIT_OPENINGS.indexOf(text.charAt(first)) < 0) {
                continue;
            }
            String l = text.substring(first, eol).strip();
            if (l.length() > MAX_CREDIT_LINE || !CREDIT_LINE.matcher(l).find()) {
                continue;
            }
            if (l.startsWith("(") && l.endsWith(")")) {
                l = l.substring(1, l.length() - 1);
            }
            int parts = 0;
            for (String part : l.split(";")) {
                parts += ROLE.matcher(part.strip()).replaceFirst("").split(",|\\s+and\\s+|\\s+&\\s+").length;
            }
            List<String> names = names(l);
            if (!names.isEmpty() && names.size() == parts) {
                out.addAll(names);
            }
        }
        return out;
    }

    /** "MARI YAMAGUCHI" as "Mari Yamaguchi": bylines in capitals name people written in mixed case. */
    private static String capitalised(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT))) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length());
        boolean start = true;
        for (char c : name.toCharArray()) {
            out.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return out.toString();
    }
}
