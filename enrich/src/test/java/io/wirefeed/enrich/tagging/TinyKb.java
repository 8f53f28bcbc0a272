package io.wirefeed.enrich.tagging;

import io.wirefeed.enrich.kb.KnowledgeBase;
import io.wirefeed.enrich.kb.KnowledgeBase.Country;
import io.wirefeed.enrich.kb.KnowledgeBase.Membership;
import io.wirefeed.enrich.kb.KnowledgeBase.Organisation;
import io.wirefeed.enrich.kb.KnowledgeBase.Person;
import io.wirefeed.enrich.kb.KnowledgeBase.Place;
import io.wirefeed.enrich.kb.KnowledgeBase.Region;
import io.wirefeed.enrich.kb.KnowledgeBase.Role;
import io.wirefeed.enrich.kb.KnowledgeBase.Title;
import java.time.LocalDate;
import java.util.List;

/**
 * A knowledge base small enough to read at a glance, for the pass tests: real countries and cities, made-up
 * people and bodies (no facts about anyone), compiled in well under a second.
 */
final class TinyKb {
    private static CompiledKb compiled;

    private TinyKb() {}

    static synchronized CompiledKb get() {
        if (compiled == null) {
            compiled = new CompiledKb(knowledgeBase());
        }
        return compiled;
    }

    static KnowledgeBase knowledgeBase() {
        List<Country> countries = List.of(
                country("RS", "Serbia", "Belgrade", List.of("Serbia", "Srbija"), List.of("Serbian", "Serbians")),
                country("AL", "Albania", "Tirana", List.of("Albania"), List.of("Albanian", "Albanians")),
                country("XK", "Kosovo", "Pristina", List.of("Kosovo"), List.of("Kosovar")),
                country("BE", "Belgium", "Brussels", List.of("Belgium"), List.of("Belgian")),
                country("SI", "Slovenia", "Ljubljana", List.of("Slovenia"), List.of("Slovenian")),
                country("GR", "Greece", "Athens", List.of("Greece"), List.of("Greek")),
                country("GE", "Georgia", "Tbilisi", List.of("Georgia"), List.of("Georgian")),
                country("US", "United States", "Washington", List.of("United States", "US"), List.of("American")),
                country("DZ", "Algeria", "Algiers", List.of("Algeria"), List.of("Algerian")),
                country("TH", "Thailand", "Bangkok", List.of("Thailand"), List.of("Thai")));
        List<Region> regions = List.of(
                new Region("europe", "Europe", "continent", null, members("RS", "AL", "XK", "BE", "SI", "GR"), List.of("Europe")),
                new Region("southern-europe", "Southern Europe", "subregion", "europe", members("RS", "AL", "XK", "SI", "GR"),
                        List.of("Southern Europe")),
                new Region("western-balkans", "Western Balkans", "group", null, members("RS", "AL", "XK"),
                        List.of("Western Balkans")));
        List<Place> places = List.of(
                new Place(null, "Belgrade", "RS", "capital", null, 1_200_000, List.of("Beograd")),
                new Place(null, "Tirana", "AL", "capital", null, 400_000, List.of()),
                new Place(null, "Brussels", "BE", "capital", null, 1_000_000, List.of()),
                new Place(null, "Atlanta", "US", "city", null, 500_000, List.of()),
                new Place(null, "Constantine", "DZ", "city", null, 450_000, List.of()),
                new Place(null, "Nakhon Si Thammarat", "TH", "city", null, 100_000, List.of("Nakhon")));
        List<Person> people = List.of(
                new Person("mira-jovanovic", "Mira Jovanović", "RS", List.of(), "Jovanović",
                        List.of(new Role("Foreign Minister", "RS", null, LocalDate.of(2025, 1, 1), null))),
                new Person("ilir-berisha", "Ilir Berisha", "XK", List.of(), "Berisha",
                        List.of(new Role("Mayor", "XK", null, LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31)))),
                new Person("dritan-berisha", "Dritan Berisha", "AL", List.of(), "Berisha",
                        List.of(new Role("Speaker", "AL", null, LocalDate.of(2023, 1, 1), null))),
                new Person("petros-tassou", "Petros Tassou", "GR", List.of(), "Tassou", List.of()));
        List<Organisation> orgs = List.of(
                new Organisation("eu", "European Union", "igo", null, List.of("EU")),
                new Organisation("government-of-serbia", "Government of Serbia", "government", "RS", List.of("Serbian Government")),
                new Organisation("social-democrats-si", "Social Democrats (Slovenia)", "party", "SI", List.of()),
                new Organisation("social-democrats-al", "Social Democrats (Albania)", "party", "AL", List.of()),
                new Organisation("rs-constitutional-court", "Constitutional Court of Serbia", "court", "RS", List.of()),
                new Organisation("xk-supreme-court", "Supreme Court (Kosovo)", "court", "XK", List.of()),
                new Organisation("miners-union-rs", "Serbian Miners' Union", "union", "RS", List.of("SMU")),
                new Organisation("danas", "Danas", "media", "RS", List.of()),
                new Organisation("politika", "Politika", "media", "RS", List.of()),
                new Organisation("tanjug", "Tanjug", "agency", "RS", List.of()),
                new Organisation("ap", "Associated Press", "agency", "US", List.of(), List.of("AP")),
                new Organisation("balkan-accord", "Balkan Accord", "agreement", null, List.of()));
        List<Title> titles = List.of(new Title("foreign minister", "Foreign Minister"), new Title("speaker", "Speaker"));
        return new KnowledgeBase("tiny", countries, regions, places, people, orgs, titles, List.of("Goran", "Ana"));
    }

    private static Country country(String code, String name, String capital, List<String> names, List<String> demonyms) {
        return new Country(code, name, capital, names, List.of(), demonyms, List.of(), List.of());
    }

    private static List<Membership> members(String... codes) {
        return java.util.Arrays.stream(codes).map(c -> new Membership(c, null, null)).toList();
    }
}
