package io.wirefeed.enrich.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The people named in a byline or reporting credit: "By Ana Petrova", "Reporting by A B; Editing by C D and E F". */
final class Bylines {
    private static final Pattern ROLE = Pattern.compile("(?i)^(?:additional\\s+)?(?:reporting|writing|editing|compiled|by)\\s+(?:by\\s+)?");
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3}");

    /** where a credited reporter was: "Additional reporting by A B in Belgrade" credits A B */
    private static final Pattern PLACE = Pattern.compile("\\s+(?:in|from|at|u|iz|në|nga)\\s+\\p{Lu}.*$");

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
                    out.add(n);
                }
            }
        }
        return out;
    }
}
