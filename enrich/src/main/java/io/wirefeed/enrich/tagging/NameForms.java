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
    /** "-iya" ending a word as BGN romanises a Bulgarian "-ия" (Мария) */
    private static final java.util.regex.Pattern BULGARIAN_FINAL_IA = java.util.regex.Pattern.compile("(?<=\\p{L})iya\\b");
    /** "-ikj" ending a word of four letters or more before it (Lazarevikj) */
    private static final java.util.regex.Pattern MACEDONIAN_IC = java.util.regex.Pattern.compile("(?<=\\p{L}{3})ikj\\b");
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
        if (t != GREEK && t != SERBIAN) {
            name = latinAcronyms(name, language);
        }
        String latin;
        synchronized (t) { // ICU transliterators are not documented as thread-safe
            latin = t.transliterate(name);
        }
        if (t == GREEK) {
            // UNGEGN marks the stress and η, ω ("Giórgos", "Beléri̱"); names are read and written without them
            latin = java.text.Normalizer.normalize(latin, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        }
        if (t == BULGARIAN) {
            // ъ is "a" and х "h" in Bulgaria's own romanisation (2009 law): Hristo, not Khristo
            latin = latin.replace('ŭ', 'a').replace('Ŭ', 'A').replace("Kh", "H").replace("KH", "H").replace("kh", "h");
        }
        latin = java.text.Normalizer.normalize(latin, java.text.Normalizer.Form.NFC);
        if (t == BULGARIAN) {
            // й is "y", ьо "yo", a final -ия "ia" in the same romanisation (Peycheva, Zhelyo, Maria), where BGN writes ĭ, ’o, -iya
            latin = latin.replace('ĭ', 'y').replace('Ĭ', 'Y').replace("’", "y").replace("ʹ", "y");
            latin = BULGARIAN_FINAL_IA.matcher(latin).replaceAll("ia");
            // Portuguese and Galician -eiro, -eira come back through Bulgarian -ейро, -ейра: Монтейро is Monteiro
            latin = BULGARIAN_EIRO.matcher(latin).replaceAll("ei$1");
        }
        if (t == MACEDONIAN) {
            // ѓ and ќ as North Macedonia writes its people's names in Latin: Gjorgje, Kjosev
            latin = latin.replace("Ǵ", "Gj").replace("ǵ", "gj").replace("Ḱ", "Kj").replace("ḱ", "kj");
            // a surname in -иќ is a Serbian or Croatian -ić as Macedonian spells it: Лазаревиќ is Lazarević
            latin = MACEDONIAN_IC.matcher(latin).replaceAll("ić");
        }
        return latin;
    }

    /**
     * an acronym in Cyrillic capitals whose letters all have one Latin letter (no Ъ, Щ, Й, Ю, Я, Ѓ, Ќ, Ѕ): spelt
     * letter by letter as the body's own Latin acronym is (ЦСКА is CSKA, never "TsSKA"; ВМРО is VMRO)
     */
    private static final java.util.regex.Pattern CYRILLIC_ACRONYM = java.util.regex.Pattern.compile(
            "(?<!\\p{L})[АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЏЈЉЊЋЂ]{2,}(?!\\p{L})");
    /** Bulgarian clubs' prefixes as the clubs write them in Latin: ПФК ЦСКА is PFC CSKA, ФК Септември FC Septemvri */
    private static final Map<String, String> BULGARIAN_CLUB_PREFIXES = Map.of("ПФК", "PFC", "ФК", "FC");

    /** {@code name} with its Cyrillic acronyms spelt in Latin letter by letter (see {@link #CYRILLIC_ACRONYM}). */
    private static String latinAcronyms(String name, String language) {
        java.util.regex.Matcher m = CYRILLIC_ACRONYM.matcher(name);
        if (!m.find()) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        int done = 0;
        do {
            String acronym = m.group();
            String club = "bg".equals(language) ? BULGARIAN_CLUB_PREFIXES.get(acronym) : null;
            String spelt;
            if (club != null) {
                spelt = club;
            } else {
                synchronized (SERBIAN) {
                    spelt = SERBIAN.transliterate(acronym);
                }
            }
            out.append(name, done, m.start()).append(spelt);
            done = m.end();
        } while (m.find());
        return out.append(name, done, name.length()).toString();
    }

    /** A South Slavic surname in -ić / -ič in an oblique case: Petrovića, Petroviću, Petrovićem, Hurtiča. */
    private static final java.util.regex.Pattern OBLIQUE_IC = java.util.regex.Pattern.compile("(.*i[ćčĆČ])(a|u|em|om)");
    /** a masculine stem that drops its "a" when declined: Petar / Petra, Aleksandar / Aleksandra */
    private static final java.util.regex.Pattern FLEETING_A = java.util.regex.Pattern.compile("(.+)([bdgkptv]r)");

    /** a declined surname's stem that lost the "a" of its -ac: Sremc (Sremca, Sremcem), Starčevc */
    /** a Portuguese -eiro or -eira as Bulgarian writes it and the transliteration gives it back: Monteyro, Teysheyra */
    private static final java.util.regex.Pattern BULGARIAN_EIRO = java.util.regex.Pattern.compile("(?<=\\p{L}{2})ey(r[oa])\\b");
    private static final java.util.regex.Pattern FLEETING_AC = java.util.regex.Pattern.compile(".*[^aeiouAEIOU]c");

    /** Whether a story in {@code language} declines people's names the South Slavic way. */
    static boolean declinesNames(String language) {
        return language != null && (language.startsWith("sr") || language.equals("hr") || language.equals("bs")
                || language.equals("me") || language.equals("sl") || language.equals("sh") || language.equals("cnr"));
    }

    /**
     * {@code name} in the nominative when the story's language is South Slavic and its given names are declined:
     * an -ić/-ič surname in an oblique case is a man's ("ministra Sevlida Hurtića" is Sevlid Hurtić, "Marka
     * Petrovića" Marko Petrović, "Nikoli Jovanoviću" Nikola Jovanović); a declined known given name brings the
     * surname after it back when it has the same ending ("Janeza Kralja" is Janez Kralj, "Markom Novakom" Marko
     * Novak) and leaves a woman's undeclined surname as it is ("sa Anom Lazarević" is Ana Lazarević).
     */
    static String nominative(String name, String language, java.util.Set<String> firstNames) {
        if ("el".equals(language)) {
            return greekNominative(name, firstNames);
        }
        if ("sq".equals(language)) {
            return albanianNominative(name);
        }
        if (!declinesNames(language)) {
            return name;
        }
        String[] words = name.split(" ");
        if (words.length < 2) {
            return name;
        }
        String surname = words[words.length - 1];
        java.util.regex.Matcher m = OBLIQUE_IC.matcher(surname);
        if (m.matches()) {
            String ending = m.group(2);
            words[words.length - 1] = m.group(1);
            for (int i = 0; i < words.length - 1; i++) {
                words[i] = givenNominative(words[i], ending, firstNames, language);
            }
            return String.join(" ", words);
        }
        String lower = surname.toLowerCase(java.util.Locale.ROOT);
        String ending = null;
        boolean aStem = false;
        // "Zlatka Vrbanca": a surname in -ac in the genitive (no woman's surname ends so) makes the given name a man's
        boolean mansGenitive = lower.length() > MIN_STEM + 1 && lower.endsWith("ca")
                && FLEETING_AC.matcher(lower.substring(0, lower.length() - 1)).matches();
        for (int i = 0; i < words.length - 1; i++) {
            if (firstNames.contains(Folding.get().key(words[i])) && !(mansGenitive && words[i].endsWith("a"))) {
                continue;
            }
            String woman = womansGiven(words[i], lower, language, firstNames);
            String given = woman != null ? woman : givenNominative(words[i], firstNames, language);
            if (given != null) {
                ending = caseEnding(words[i], language);
                aStem = given.endsWith("a");
                words[i] = given;
            }
        }
        if (ending == null) {
            return String.join(" ", words);
        }
        java.util.regex.Matcher adjective = ADJECTIVAL_SURNAME.matcher(surname);
        if (adjective.matches()) {
            // "Igorom Popovskim", "Leonidom Sluckim": a surname in -ski/-cki declines as an adjective; "Marijom
            // Popovskom" is a woman's -ska
            boolean feminine = aStem && !adjective.group(2).startsWith("i") && !adjective.group(2).equals("og");
            boolean masculine = !aStem && !adjective.group(2).equals("oj") && !adjective.group(2).equals("u")
                    && !adjective.group(2).equals("e");
            if (feminine || masculine) {
                words[words.length - 1] = adjective.group(1) + (feminine ? "a" : "i");
                return String.join(" ", words);
            }
        }
        if (aStem && A_STEM_ENDINGS.contains(ending) && lower.endsWith(ending) && surname.length() - ending.length() >= MIN_STEM) {
            // a surname in -a declines as the given name in -a before it: "Nikoli Tesli", "Nikolu Teslu" are Nikola Tesla
            words[words.length - 1] = surname.substring(0, surname.length() - ending.length()) + "a";
            return String.join(" ", words);
        }
        if (ending.endsWith("m") && (lower.endsWith("om") || lower.endsWith("em"))) {
            ending = lower.substring(lower.length() - 2); // Janezom Kraljem: -em after a soft consonant
        }
        // after a vowel only the instrumental is sure: "Alenom Berseom" is Alen Berse, but a name in -ea or -ia is its own
        if (MASCULINE_ENDINGS.contains(ending) && lower.endsWith(ending)
                && surname.length() - ending.length() >= MIN_STEM
                && (ending.endsWith("m") || "aeiou".indexOf(lower.charAt(surname.length() - ending.length() - 1)) < 0)) {
            String stem = surname.substring(0, surname.length() - ending.length());
            if ("sl".equals(language) && stem.endsWith("rj")) {
                stem = stem.substring(0, stem.length() - 1); // Slovenian -r names take a j when declined: Logarja is Logar
            }
            java.util.regex.Matcher fleeting = FLEETING_VOWEL.matcher(stem);
            if (fleeting.matches()) {
                // a surname ending in a consonant and r lost a vowel when declined: Slovenian "Maistra" is Maister
                // (the fleeting e), Serbian and Croatian "Petra" Petar (the fleeting a)
                stem = fleeting.group(1) + ("sl".equals(language) ? "e" : "a") + "r";
            }
            // a surname in -ac drops its "a" when declined: "Nenadom Sremcem" is Nenad Sremac (Slovenian has
            // surnames in -c and in -ec both: Kranjc, Zajec; left as written)
            words[words.length - 1] = !"sl".equals(language) && FLEETING_AC.matcher(stem).matches()
                    ? stem.substring(0, stem.length() - 1) + "ac" : stem;
        }
        return String.join(" ", words);
    }

    /** an adjectival surname in an oblique case: Popovskim, Sluckog, Popovskoj (group 1 is the stem up to its k) */
    private static final java.util.regex.Pattern ADJECTIVAL_SURNAME = java.util.regex.Pattern.compile(
            "(\\p{Lu}\\p{L}+[sšcč]k)(im|og|oga|om|omu|oj|u|e)");
    /** a stem ending in a consonant cluster and r that no South Slavic nominative ends in: Maistr, Petr */
    private static final java.util.regex.Pattern FLEETING_VOWEL = java.util.regex.Pattern.compile(
            "(.*[^aeiouAEIOU\\s][bdgkptv])r");

    /**
     * The given name a woman's name in an oblique case comes from, or null: a consonant-final surname that does not
     * take the given name's case ending is a woman's ("Annu Lührmann", "Helgom Marijom Schmid", "Lauru Fischer"),
     * whose given name is then the one in -a ("Anna", not Ann); a man's surname declines with his given name
     * ("Markom Novakom", "Olafom Šolcom").
     */
    static String womansGiven(String word, String surnameLower, String language, java.util.Set<String> firstNames) {
        String ending = caseEnding(word, language);
        if (ending == null || ending.equals("a") || surnameLower.isEmpty()
                || "aeiou".indexOf(surnameLower.charAt(surnameLower.length() - 1)) >= 0) {
            return null;
        }
        String mine = ending.endsWith("m") ? "m" : ending; // -om and -em are one instrumental
        if (surnameLower.endsWith(mine) && surnameLower.length() > mine.length() + 2) {
            return null; // declined with the given name: a man's
        }
        String stem = word.substring(0, word.length() - ending.length());
        if (stem.length() < 2) {
            return null;
        }
        String candidate = stem + "a";
        return firstNames.contains(Folding.get().key(candidate)) ? candidate : null;
    }

    /**
     * A man's Greek name in the accusative or genitive, romanised, in the nominative when its given name is a
     * known one so declined: "Giorgo Stamatopoulo" (τον Γιώργο Σταματόπουλο) and "Giorgou Stamatopoulou" are
     * Giorgos Stamatopoulos, "Antoni Papageorgiou" Antonis Papageorgiou (-iou names do not decline). Women's
     * names, which keep their form, are left alone.
     */
    static String greekNominative(String name, java.util.Set<String> firstNames) {
        String[] words = name.split(" ");
        // a Greek man's given name ends in -s in the nominative: "Antoni" (Αντώνη) is Antonis declined, whatever
        // other language has an Antoni
        String given = words.length < 2 ? null : greekGivenNominative(words[0], firstNames);
        if (given == null) {
            return name;
        }
        boolean genitive = words[0].endsWith("ou");
        words[0] = given;
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            if (w.length() < 4 || w.endsWith("iou")) {
                continue;
            }
            if (genitive && w.endsWith("ou")) {
                words[i] = w.substring(0, w.length() - 2) + "os";
            } else if (!w.endsWith("ou") && (w.endsWith("o") || w.endsWith("i") || w.endsWith("a"))) {
                words[i] = w + "s";
            }
        }
        return String.join(" ", words);
    }

    /** The known Greek man's given name a romanised oblique form comes from ("Giorgo", "Giorgou", "Antoni"), or null. */
    static String greekGivenNominative(String word, java.util.Set<String> firstNames) {
        Folding folding = Folding.get();
        if (word.length() < 3) {
            return null;
        }
        if (word.endsWith("ou") && firstNames.contains(folding.key(word.substring(0, word.length() - 2) + "os"))) {
            return word.substring(0, word.length() - 2) + "os";
        }
        char last = word.charAt(word.length() - 1);
        return (last == 'o' || last == 'i' || last == 'a') && firstNames.contains(folding.key(word + "s")) ? word + "s" : null;
    }

    /**
     * An Albanian name with its surname in the accusative or genitive, in the nominative: "Shehun", "Shehut"
     * are Shehu, "Dervishin" Dervishi, "Berishën", "Berishës" Berisha (the definite form names are written in).
     */
    static String albanianNominative(String name) {
        int space = name.lastIndexOf(' ');
        if (space < 0) {
            return name;
        }
        String surname = name.substring(space + 1);
        String nominative = albanianSurname(surname);
        return nominative.equals(surname) ? name : name.substring(0, space + 1) + nominative;
    }

    /** An Albanian surname (Latin, or a folded key) in the nominative: Shehun is Shehu, Berishës Berisha. */
    static String albanianSurname(String surname) {
        if (surname.length() < 5) {
            return surname;
        }
        String end = surname.substring(surname.length() - 2);
        return switch (end) {
            case "ën", "ës", "en", "es" -> surname.substring(0, surname.length() - 2) + "a";
            case "in", "it", "un", "ut" -> surname.substring(0, surname.length() - 1);
            default -> surname;
        };
    }

    /**
     * An Albanian noun with its definite ending, in the nominative: "Institutit" and "Institutin" are Instituti,
     * "Agjencisë" Agjencia, "Shoqatës" and "Shoqatën" Shoqata; as written otherwise.
     */
    static String albanianHead(String word) {
        if (word.length() < 5) {
            return word;
        }
        String end3 = word.substring(word.length() - 3);
        if (end3.equals("isë") || end3.equals("inë")) {
            return word.substring(0, word.length() - 2) + "a"; // Agjencisë, Drejtorinë: the -ia nouns
        }
        return albanianSurname(word);
    }

    /**
     * a possessive adjective made from an -ić surname, in any gender and case, as its key ends: "Ljubićevim",
     * "Petrovićeva", "Jurićkinim" (hers); the person the surname names owns something, no one is named so
     */
    private static final java.util.regex.Pattern POSSESSIVE_OF_IC = java.util.regex.Pattern.compile(
            ".{2,}ic(ev|kin)(a|e|i|o|u|om|oj|og|oga|ome|im|ih|ima)?");

    /** Whether a key is a possessive adjective made from an -ić surname ("Ljubićevim"): never a name's word. */
    static boolean possessiveOfSurname(String key) {
        return key.length() > 6 && (key.contains("icev") || key.contains("ickin")) && POSSESSIVE_OF_IC.matcher(key).matches();
    }

    /**
     * South Slavic surnames by their ending, as keys, in any case: -ić/-ič (Kostić, Rapajića, Novič), -ov/-ev and
     * -ova/-eva (Petrov, Petrova), -ski/-ska (Todorovski)
     */
    private static final java.util.regex.Pattern SLAVIC_SURNAME = java.util.regex.Pattern.compile(
            ".{2,}(ic(a|u|em|om|e|i)?|[oe]v(a|u|om|e|i)?|sk[ia])");

    /** Whether a key has a South Slavic surname's ending ("kostic", "rapajica", "petrova", "todorovski"). */
    static boolean slavicSurname(String key) {
        return SLAVIC_SURNAME.matcher(key).matches();
    }

    /**
     * Greek surnames by their ending, as keys: -idis/-idou (Kyriakidis), -akis (Mitsotakis), -poulos/-poulou
     * (Papadopoulos); in Greek copy also -ou, -atos, -itis, -eas (Antoniou, Charitis, Kaleas).
     */
    private static final java.util.regex.Pattern GREEK_SURNAME = java.util.regex.Pattern.compile(
            ".{2,}(idis|ido[uy]|akis|po[uy]los|po[uy]lo[uy])"); // Greek script keys write ου as "oy": "stayridoy"
    private static final java.util.regex.Pattern GREEK_SURNAME_IN_GREEK = java.util.regex.Pattern.compile(".{2,}(o[uy]|atos|itis|eas)");

    /** Whether a key has a Greek surname's ending; the looser endings count only in Greek copy ({@code language} "el"). */
    static boolean greekSurname(String key, String language) {
        return GREEK_SURNAME.matcher(key).matches() || "el".equals(language) && GREEK_SURNAME_IN_GREEK.matcher(key).matches();
    }

    /** case endings only names in -a take (an -om is a consonant-final name's too) */
    private static final java.util.Set<String> A_STEM_ENDINGS = java.util.Set.of("i", "e", "u");
    /**
     * A man's surname's key without its case ending: "Jovanovića", "Jovanovićem" and "Jovanović" are one person's
     * word, and so are "Novakom" and "Novak".
     */
    static String surnameStem(String key) {
        int n = key.length();
        if (n > 5 && (key.endsWith("em") || key.endsWith("om"))) {
            return key.substring(0, n - 2);
        }
        if (n > 4 && (key.endsWith("a") || key.endsWith("u"))) {
            return key.substring(0, n - 1);
        }
        return key;
    }

    /** the case endings a man's consonant-final surname takes with his given name: Kralja, Novaku, Novakom */
    private static final java.util.Set<String> MASCULINE_ENDINGS = java.util.Set.of("a", "u", "om", "em");
    /** the case endings of South Slavic given names, longest first: Petrom, Đorđem, Petra, Petru, Nikole, Nikoli */
    private static final List<String> GIVEN_ENDINGS = List.of("om", "em", "a", "u", "e", "i");
    /** which endings of a given name go with each ending of an -ić surname: Petra, Nikole, Nikolu Petrovića */
    private static final Map<String, java.util.Set<String>> WITH_IC_ENDING = Map.of("a", java.util.Set.of("a", "e", "u"),
            "u", java.util.Set.of("u", "i"), "em", java.util.Set.of("om", "em"), "om", java.util.Set.of("om", "em"));

    private static String caseEnding(String word) {
        return caseEnding(word, null);
    }

    /** As {@link #caseEnding(String)}; Slovenian has a woman's accusative and instrumental in -o too ("Tanjo", "z Ano"). */
    private static String caseEnding(String word, String language) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        for (String e : GIVEN_ENDINGS) {
            if (lower.endsWith(e)) {
                return e;
            }
        }
        return "sl".equals(language) && lower.endsWith("o") ? "o" : null;
    }

    /**
     * The known given name a declined South Slavic form comes from (Latin script: a key or a written word), or
     * null: "Kostom" is Kosta, "Petra" Petar, "Markom" Marko, "Nikoli" Nikola, "Janeza" Janez, "Anom" Ana.
     */
    static String givenNominative(String word, java.util.Set<String> firstNames) {
        return givenNominative(word, firstNames, null);
    }

    /**
     * As {@link #givenNominative(String, java.util.Set)}, with what the story's language adds: Croatian men's names
     * in -e ("Šimom", "Antom" are Šime, Ante, before Šimo, Anto) and the Slovenian -o of a woman's accusative
     * ("Tanjo" is Tanja).
     */
    static String givenNominative(String word, java.util.Set<String> firstNames, String language) {
        String ending = caseEnding(word, language);
        if (ending == null || word.length() - ending.length() < 2) {
            return null;
        }
        String stem = word.substring(0, word.length() - ending.length());
        Folding folding = Folding.get();
        List<String> candidates = new ArrayList<>(4);
        if (ending.equals("i") || ending.equals("e") || ending.equals("o")) {
            candidates.add(stem + "a"); // Nikoli, Nikole, Jelene, Slovenian Tanjo: a woman's or an a-stem man's name
        }
        if (stem.length() > 3 && stem.endsWith("et") && !ending.equals("e")) {
            // names in -e take a t when declined: Slovenian "Anžeta", "Jožetu", Serbian "Mileta" are Anže, Jože, Mile
            candidates.add(stem.substring(0, stem.length() - 1));
        }
        if (!ending.equals("i") && !ending.equals("o")) {
            java.util.regex.Matcher fleeting = FLEETING_A.matcher(stem);
            if (fleeting.matches()) {
                candidates.add(fleeting.group(1) + fleeting.group(2).charAt(0) + "a" + fleeting.group(2).charAt(1)); // Petra: Petar
            }
            String lower = stem.toLowerCase(java.util.Locale.ROOT);
            // Marka, Darku: Marko, Darko (a South Slavic man is rarely Mark); Matea: Mateo
            boolean k = lower.endsWith("k") || "aeiou".indexOf(lower.charAt(lower.length() - 1)) >= 0;
            if (k) {
                candidates.add(stem + "o");
            }
            if ("hr".equals(language) && stem.length() <= MIN_STEM) {
                candidates.add(stem + "e"); // Croatian "Šimom", "Antu": Šime, Ante (before Šim, Ant, Šimo, Anto)
            }
            if (stem.length() >= MIN_STEM) {
                candidates.add(stem);
            }
            if (!k) {
                candidates.add(stem + "o");
            }
            if (!ending.equals("a")) {
                candidates.add(stem + "a"); // Kostom, Anom, Nikolu: Kosta, Ana, Nikola
            }
        }
        for (String c : candidates) {
            if (firstNames.contains(folding.key(c))) {
                return c;
            }
        }
        return null;
    }

    private static String givenNominative(String given, String surnameEnding, java.util.Set<String> firstNames, String language) {
        String ending = caseEnding(given);
        if (surnameEnding.equals("a") && "u".equals(ending)
                && firstNames.contains(Folding.get().key(given.substring(0, given.length() - 1) + "a"))) {
            // with a man's surname in the genitive or accusative, a given name in -u is an a-stem's accusative:
            // "Nikolu Jovanovića" is Nikola (a dative Marku goes with Jovanoviću)
            return given.substring(0, given.length() - 1) + "a";
        }
        if (ending != null && WITH_IC_ENDING.get(surnameEnding).contains(ending)) {
            String known = givenNominative(given, firstNames, language);
            if (known != null) {
                return known;
            }
        }
        // an unknown given name loses the surname's ending: "Sevlida Hurtića" is Sevlid Hurtić
        String plain = surnameEnding.equals("em") && given.endsWith("om") ? "om" : surnameEnding;
        if (!given.endsWith(plain) || given.length() - plain.length() < MIN_STEM) {
            return given;
        }
        return given.substring(0, given.length() - plain.length());
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
            } else if (name.length() < bestOf.get(head).length()
                    || (name.length() == bestOf.get(head).length() && accents(name) > accents(bestOf.get(head)))) {
                // the nominative is the shortest form; of two as long, the one with its diacritics (Dušan, not Dusan)
                bestOf.put(head, name);
            }
            headOf.put(name, head);
        }
        Map<String, String> out = new LinkedHashMap<>();
        headOf.forEach((name, head) -> out.put(name, bestOf.get(head)));
        return out;
    }

    private static int accents(String name) {
        int n = 0;
        for (int i = 0; i < name.length(); i++) {
            n += name.charAt(i) > 0x7f ? 1 : 0;
        }
        return n;
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
