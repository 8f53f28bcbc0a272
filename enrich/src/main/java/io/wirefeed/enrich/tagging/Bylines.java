package io.wirefeed.enrich.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The people named in a byline or reporting credit: "By Ana Petrova", "Reporting by A B; Editing by C D and E F". */
final class Bylines {
    private static final Pattern ROLE = Pattern.compile("(?i)^(?:additional\\s+)?(?:reporting|writing|editing|compiled|by)\\s+(?:by\\s+)?");
    /** a name of two to four capitalised words, lower-case particles between them: "Mariana dos Santos Pereira" */
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}.'’-]+(?:\\s+(?:(?:de|da|do|dos|das|del|della|di|du|la|le"
            + "|van|von|der|den|bin|ibn|bint|al|el)\\s+){0,2}\\p{Lu}[\\p{L}.'’-]+){1,3}");

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
            for (String name : PARTS.split(p)) {
                String n = withoutOutlet(PLACE.matcher(name.strip()).replaceFirst(""));
                if (!outlet(n) && NAME.matcher(n).matches()) {
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
                for (String name : ROLE.matcher(part.strip()).replaceFirst("").split(",|\\s+and\\s+|\\s+&\\s+")) {
                    parts += outlet(withoutOutlet(name.strip())) ? 0 : 1;
                }
            }
            List<String> names = names(l);
            if (!names.isEmpty() && names.size() == parts) {
                out.addAll(names);
            }
        }
        return out;
    }

    /**
     * words that end an outlet's name, credited beside its reporters: "By Ana Petrova, The Canadian Press",
     * "By A B and C D Associated Press"
     */
    private static final Set<String> OUTLET_WORDS = Set.of("press", "agency", "news", "times", "post", "herald", "tribune",
            "journal", "service", "television", "radio", "network", "reuters");
    private static final Pattern PARTS = Pattern.compile(",|\\s+and\\s+|\\s+&\\s+|\\s+i\\s+|\\s+dhe\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Whether a part of a credit names its outlet, not a person: "The Canadian Press", "Associated Press". */
    private static boolean outlet(String part) {
        int last = part.lastIndexOf(' ');
        return part.startsWith("The ") || last > 0 && OUTLET_WORDS.contains(part.substring(last + 1).toLowerCase(Locale.ROOT));
    }

    /** "LLAZAR SEMINI Associated Press" as "LLAZAR SEMINI": a name in capitals ends where words in mixed case begin. */
    private static String withoutOutlet(String part) {
        String[] words = SPACES.split(part);
        if (words.length < 3 || words[0].length() < 2 || !words[0].equals(words[0].toUpperCase(Locale.ROOT))) {
            return part;
        }
        for (int i = 1; i < words.length; i++) {
            if (!words[i].equals(words[i].toUpperCase(Locale.ROOT))) {
                return i >= 2 ? String.join(" ", java.util.Arrays.copyOf(words, i)) : part;
            }
        }
        return part;
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
