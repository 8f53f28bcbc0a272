package io.wirefeed.enrich.tagging;

import java.util.Set;

/**
 * The name of a body the knowledge base lacks, read in Albanian copy, in the nominative: the words found run from a
 * capital that may be a preposition ("Sipas Institutit të Statistikave": according to) or the title of someone in
 * the body ("Kryetari i Unionit ...": the chairman of), and the body's head word then stands in an oblique case.
 * Those words go, and the head and the article after it take the nominative ("Instituti i Statistikave"); a head
 * left alone ("Guvernatori i Bankës": the bank) names no body.
 */
final class AlbanianBodies {
    /** prepositions that open a sentence before a body's name, folded */
    private static final Set<String> PREPOSITIONS = Folding.get().keys("sipas", "nga", "në", "për", "me", "pas", "mbi",
            "kundër", "drejt", "prej", "tek", "te", "pa", "ndaj", "nën", "pranë", "përmes", "brenda", "jashtë");
    /** people in or of a body, written before it with a capital: its chairman, director, students, workers */
    private static final Set<String> TITLES = Folding.get().keys("kryetari", "kryetarja", "kryetarit", "zëvendëskryetari",
            "drejtori", "drejtoresha", "drejtorit", "drejtuesi", "drejtuesit", "guvernatori", "guvernatorit", "zëdhënësi",
            "zëdhënësja", "sekretari", "sekretarja", "presidenti", "rektori", "rektorja", "dekani", "dekania", "shefi",
            "shefja", "komandanti", "kreu", "themeluesi", "administratori", "administratorja", "këshilltari", "prokurori",
            "kryeprokurori", "gjyqtari", "gjyqtarja", "deputeti", "deputetja", "deputetët", "zyrtari", "zyrtarët",
            "anëtari", "anëtarja", "anëtarët", "përfaqësuesi", "përfaqësuesit", "studentët", "studenti", "punëtorët",
            "punonjësit", "punonjësi", "mjekët", "profesori", "profesorët", "eksperti", "ekspertët", "inspektori",
            "inspektorët", "pedagogët", "pedagogu", "trajneri", "lojtarët", "drejtuesja", "menaxheri", "pronari");
    /** the articles that link a head to what follows: "i", "e", "të", "së", folded */
    private static final Set<String> LINKS = Set.of("i", "e", "te", "se");

    private AlbanianBodies() {}

    /**
     * {@code name} (as written, words split by spaces) in the nominative without an opening preposition or title;
     * null when no more than a head word is left.
     */
    static String nominative(String name) {
        String[] words = name.split(" ");
        Folding folding = Folding.get();
        int k = 0;
        while (k < words.length) {
            String key = folding.key(words[k]);
            if (PREPOSITIONS.contains(key)) {
                k++;
            } else if (TITLES.contains(key) && k + 1 < words.length && LINKS.contains(folding.key(words[k + 1]))) {
                k += 2;
            } else {
                break;
            }
        }
        if (k == 0) {
            return name;
        }
        if (words.length - k < 2) {
            return null;
        }
        String head = words[k];
        String nominative = NameForms.albanianHead(head);
        words[k] = nominative;
        if (!nominative.equals(head) && LINKS.contains(folding.key(words[k + 1]))) {
            // the article after a head agrees with it: "Institutit të Statistikave" is "Instituti i Statistikave",
            // "Agjencisë së Pyjeve" "Agjencia e Pyjeve"
            words[k + 1] = nominative.endsWith("a") ? "e" : "i";
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
    }
}
