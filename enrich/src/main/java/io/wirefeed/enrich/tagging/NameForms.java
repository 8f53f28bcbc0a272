package io.wirefeed.enrich.tagging;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The canonical form of a name the knowledge base lacks: in Latin script, as the language romanises it
 * (Serbian Cyrillic to the Serbian Latin alphabet, Macedonian, Bulgarian and Russian by BGN/PCGN, Greek by
 * UNGEGN without its accents and marks: the transliterations the matcher's keys come from), and one form for the declined forms of one
 * name in a story ("Petrovića", "Petroviću" and "Petrović" are Petrović).
 */
final class NameForms {
    /** letters only Serbian Cyrillic has: a name written with them is read as Serbian */
    private static final java.util.regex.Pattern SERBIAN_LETTERS = java.util.regex.Pattern.compile("[ђћџљњјЂЋЏЉЊЈ]");

    private static final Transliterator SERBIAN = Transliterator.getInstance("Serbian-Latin/BGN");
    private static final Transliterator MACEDONIAN = Transliterator.getInstance("Macedonian-Latin/BGN");
    private static final Transliterator BULGARIAN = Transliterator.getInstance("Bulgarian-Latin/BGN");
    private static final Transliterator RUSSIAN = Transliterator.getInstance("Russian-Latin/BGN");
    private static final Transliterator GREEK = Transliterator.getInstance("Greek-Latin/UNGEGN");
    /** A declined form keeps the name's letters but at most this many at the end. */
    private static final int MAX_ENDING = 2;
    private static final int MIN_STEM = 3;

    private NameForms() {}

    /** {@code name} in Latin script; unchanged when it is already. */
    static String latin(String name, String language) {
        boolean greek = false;
        boolean cyrillic = false;
        for (int i = 0; i < name.length(); i++) {
            Character.UnicodeScript s = Character.UnicodeScript.of(name.charAt(i));
            greek |= s == Character.UnicodeScript.GREEK;
            cyrillic |= s == Character.UnicodeScript.CYRILLIC;
        }
        if (!greek && !cyrillic) {
            return name;
        }
        Transliterator t = greek ? GREEK : switch (language == null ? "" : language) {
            case "mk" -> MACEDONIAN;
            case "bg" -> BULGARIAN;
            case "ru", "uk", "be" -> RUSSIAN;
            default -> SERBIAN_LETTERS.matcher(name).find() || language == null || language.startsWith("sr")
                    || language.equals("bs") || language.equals("hr") || language.equals("me") ? SERBIAN : RUSSIAN;
        };
        String latin;
        synchronized (t) { // ICU transliterators are not documented as thread-safe
            latin = t.transliterate(name);
        }
        if (t == GREEK) {
            // UNGEGN marks the stress and η, ω ("Giórgos", "Beléri̱"); names are read and written without them
            latin = java.text.Normalizer.normalize(latin, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        }
        if (t == BULGARIAN) {
            latin = latin.replace('ŭ', 'a').replace('Ŭ', 'A'); // ъ is "a" in Bulgaria's own romanisation (2009 law)
        }
        return java.text.Normalizer.normalize(latin, java.text.Normalizer.Form.NFC);
    }

    /** A South Slavic surname in -ić / -ič in an oblique case: Petrovića, Petroviću, Petrovićem, Hurtiča. */
    private static final java.util.regex.Pattern OBLIQUE_IC = java.util.regex.Pattern.compile("(.*i[ćčĆČ])(a|u|em|om)");
    /** a masculine stem that drops its "a" when declined: Petar / Petra, Aleksandar / Aleksandra */
    private static final java.util.regex.Pattern FLEETING_A = java.util.regex.Pattern.compile("(.+)([bdgkptv]r)");

    /**
     * {@code name} in the nominative when the story's language is South Slavic and its surname, an -ić/-ič name,
     * is in an oblique case: only men's such surnames decline, so the given names before it are declined the same
     * way ("ministra Sevlida Hurtića" is Sevlid Hurtić, "Marka Petrovića" Marko Petrović, "Petra Jovića" Petar
     * Jović). A given name goes back to the known first name the declension leads to, else to its stem.
     */
    static String nominative(String name, String language, java.util.Set<String> firstNames) {
        if (language == null || !(language.startsWith("sr") || language.equals("hr") || language.equals("bs")
                || language.equals("me") || language.equals("sl") || language.equals("sh") || language.equals("cnr"))) {
            return name;
        }
        String[] words = name.split(" ");
        java.util.regex.Matcher m = OBLIQUE_IC.matcher(words[words.length - 1]);
        if (words.length < 2 || !m.matches()) {
            return name;
        }
        String ending = m.group(2);
        words[words.length - 1] = m.group(1);
        for (int i = 0; i < words.length - 1; i++) {
            words[i] = givenNominative(words[i], ending, firstNames);
        }
        return String.join(" ", words);
    }

    private static String givenNominative(String given, String surnameEnding, java.util.Set<String> firstNames) {
        // the instrumental is -em after a soft consonant (Jovićem), -om after a hard one (Petrom)
        String ending = surnameEnding.equals("em") && given.endsWith("om") ? "om" : surnameEnding;
        if (!given.endsWith(ending) || given.length() - ending.length() < MIN_STEM) {
            return given;
        }
        String stem = given.substring(0, given.length() - ending.length());
        Folding folding = Folding.get();
        String withO = stem + "o";
        boolean stemKnown = firstNames.contains(folding.key(stem));
        boolean oKnown = firstNames.contains(folding.key(withO));
        // Marko, Darko, Janko decline as Marka; a South Slavic man is rarely Mark
        if (oKnown && (!stemKnown || stem.endsWith("k"))) {
            return withO;
        }
        if (stemKnown) {
            return stem;
        }
        java.util.regex.Matcher fleeting = FLEETING_A.matcher(stem);
        if (fleeting.matches()) {
            String full = fleeting.group(1) + fleeting.group(2).charAt(0) + "a" + fleeting.group(2).charAt(1);
            if (firstNames.contains(folding.key(full))) {
                return full;
            }
        }
        return stem;
    }

    /**
     * Maps each name to the one form its declined forms share: names with as many words whose words agree
     * but for the last {@value #MAX_ENDING} letters are one name, written in its shortest form (the
     * nominative of most names), else the first seen.
     */
    static Map<String, String> canonical(List<String> names) {
        Map<String, String> headOf = new LinkedHashMap<>();
        Map<String, String> bestOf = new LinkedHashMap<>();
        List<String> heads = new ArrayList<>();
        for (String name : names) {
            String head = null;
            for (String h : heads) {
                if (sameName(h, name)) {
                    head = h;
                    break;
                }
            }
            if (head == null) {
                heads.add(name);
                bestOf.put(name, name);
                head = name;
            } else if (name.length() < bestOf.get(head).length()) {
                bestOf.put(head, name);
            }
            headOf.put(name, head);
        }
        Map<String, String> out = new LinkedHashMap<>();
        headOf.forEach((name, head) -> out.put(name, bestOf.get(head)));
        return out;
    }

    private static boolean sameName(String a, String b) {
        Folding folding = Folding.get();
        String[] x = folding.key(a).split(" ");
        String[] y = folding.key(b).split(" ");
        if (x.length != y.length) {
            return false;
        }
        for (int i = 0; i < x.length; i++) {
            int common = 0;
            while (common < Math.min(x[i].length(), y[i].length()) && x[i].charAt(common) == y[i].charAt(common)) {
                common++;
            }
            if (common < MIN_STEM || x[i].length() - common > MAX_ENDING || y[i].length() - common > MAX_ENDING) {
                return false;
            }
        }
        return true;
    }
}
