package io.wirefeed.enrich.tagging;

/**
 * Whether two folded words are one name in two romanisations: "kyriakos" and "kiriakos", "aleksandar" and
 * "alexandar", "micotakis" and "mitsotakis". Both are reduced to a skeleton (y and j as i, c and ts as k-like
 * letters, x as ks, ph as f, th as t, ou as u, doubled letters once) and compared.
 */
final class Spellings {
    private Spellings() {}

    static boolean alike(String a, String b) {
        return skeleton(a).equals(skeleton(b));
    }

    static String skeleton(String word) {
        String w = word.replace("ph", "f").replace("th", "t").replace("ou", "u").replace("x", "ks").replace("ts", "c")
                .replace("tz", "c").replace('y', 'i').replace('j', 'i');
        StringBuilder out = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            if (i == 0 || w.charAt(i) != w.charAt(i - 1)) {
                out.append(w.charAt(i));
            }
        }
        return out.toString();
    }
}
