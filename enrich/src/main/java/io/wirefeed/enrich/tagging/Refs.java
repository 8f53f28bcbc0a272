package io.wirefeed.enrich.tagging;

/** The ids the enriched record gives people, organisations and places ({@code person:ivica-dacic}, {@code org:eu}). */
final class Refs {
    private Refs() {}

    static String person(String id) {
        return "person:" + id;
    }

    static String org(String id) {
        return "org:" + id;
    }

    static String geonames(String geonameId) {
        return "geonames:" + geonameId;
    }

    /** A name the knowledge base lacks, as an id: folded, words joined by hyphens ("ana-petrova"). */
    static String slug(String name) {
        return Folding.get().key(name).replace(' ', '-');
    }
}
