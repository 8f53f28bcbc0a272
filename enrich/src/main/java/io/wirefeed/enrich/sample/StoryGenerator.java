package io.wirefeed.enrich.sample;

import io.wirefeed.enrich.kb.KnowledgeBase;
import io.wirefeed.enrich.kb.KnowledgeBase.Country;
import io.wirefeed.enrich.kb.KnowledgeBase.Person;
import io.wirefeed.model.WireStory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Realistic wire stories for benchmarks: about 1.5 KB each, in English, Serbian, Croatian and Albanian,
 * built from the team's sentence templates filled with people, countries and cities of the knowledge
 * base. The same seed gives the same stories.
 */
public final class StoryGenerator {
    private static final List<String> EN = List.of(
            "%P1 met %P2 in %C1 on Monday to discuss relations between %K1 and %K2.",
            "Officials in %C1 said the talks with %K2 had been constructive and would continue next month.",
            "%P2 told reporters that %K1 remained committed to the dialogue facilitated by the European Union.",
            "The two sides agreed to set up a working group on energy, transport and trade, a statement said.",
            "Opposition parties in %K1 criticised the government, saying the agreement lacked transparency.",
            "Analysts said the meeting was the first at that level since the elections in %K2 last year.",
            "%P1 later travelled to %C2, where he was expected to meet business leaders and diplomats.",
            "The United Nations and NATO welcomed the talks and called for restraint on all sides.",
            "A spokesman for the ministry in %C2 declined to comment on the details of the proposal.",
            "Trade between %K1 and %K2 rose by a fifth last year, according to official figures.");
    private static final List<String> SR = List.of(
            "%P1 sastao se u %C1 sa %P2 kako bi razgovarali o odnosima dve zemlje.",
            "Zvaničnici su saopštili da su razgovori bili konstruktivni i da će se nastaviti sledećeg meseca.",
            "Predsednik je rekao da %K1 ostaje posvećena dijalogu uz posredovanje Evropske unije.",
            "Dve strane su se dogovorile da formiraju radnu grupu za energetiku, saobraćaj i trgovinu.",
            "Opozicione stranke kritikovale su vladu, navodeći da sporazum nije dovoljno transparentan.",
            "Analitičari ocenjuju da je to prvi sastanak na tom nivou od izbora održanih prošle godine.",
            "%P1 je potom otputovao u %C2, gde će se sastati sa privrednicima i diplomatama.",
            "Ujedinjene nacije i NATO pozdravili su razgovore i pozvali sve strane na uzdržanost.");
    private static final List<String> SQ = List.of(
            "%P1 u takua në %C1 me %P2 për të diskutuar marrëdhëniet mes dy vendeve.",
            "Zyrtarët thanë se bisedimet ishin konstruktive dhe do të vazhdojnë muajin e ardhshëm.",
            "Kryeministri tha se qeveria mbetet e përkushtuar ndaj dialogut të lehtësuar nga Bashkimi Evropian.",
            "Të dyja palët ranë dakord të krijojnë një grup pune për energjinë, transportin dhe tregtinë.",
            "Partitë opozitare e kritikuan qeverinë, duke thënë se marrëveshja nuk është transparente.",
            "%P1 më pas udhëtoi për në %C2, ku pritet të takohet me biznesmenë dhe diplomatë.",
            "Kombet e Bashkuara dhe NATO i mirëpritën bisedimet dhe bënë thirrje për përmbajtje.");
    private static final List<String> HR = List.of(
            "%P1 sastao se u %C1 s %P2 kako bi razgovarali o odnosima dviju zemalja.",
            "Dužnosnici su priopćili da su razgovori bili konstruktivni te da će se nastaviti idućeg mjeseca.",
            "Predsjednik Vlade kazao je da Hrvatska podupire europski put susjednih zemalja.",
            "Dvije strane dogovorile su osnivanje radne skupine za energetiku, promet i trgovinu.",
            "Oporbene stranke kritizirale su vladu, navodeći da sporazum nije dovoljno transparentan.",
            "%P1 je potom otputovao u %C2, gdje će se sastati s gospodarstvenicima i diplomatima.");

    private final List<Person> people;
    private final List<Country> countries;
    private final List<KnowledgeBase.Place> cities;
    private final SplittableRandom random;

    public StoryGenerator(KnowledgeBase kb, long seed) {
        this.people = kb.people().stream().filter(p -> p.country() != null).toList();
        this.countries = kb.countries().stream().filter(c -> c.names().size() > 3).toList();
        this.cities = kb.places().stream().filter(p -> "capital".equals(p.kind()) || p.population() > 200_000).toList();
        this.random = new SplittableRandom(seed);
    }

    /** {@code n} stories, ids {@code bench:0} ... */
    public List<WireStory> stories(int n) {
        return stories("bench:", n);
    }

    /** {@code n} stories, ids {@code <idPrefix>0} ... */
    public List<WireStory> stories(String idPrefix, int n) {
        List<WireStory> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(next(idPrefix + i));
        }
        return out;
    }

    public WireStory next(String id) {
        int lang = random.nextInt(10);
        List<String> templates = lang < 6 ? EN : lang < 8 ? SR : lang < 9 ? SQ : HR;
        Person p1 = pick(people);
        Person p2 = pick(people);
        String c1 = pick(cities).name();
        String c2 = pick(cities).name();
        String k1 = pick(countries).name();
        String k2 = pick(countries).name();
        StringBuilder body = new StringBuilder();
        while (body.length() < 1400) {
            String s = templates.get(random.nextInt(templates.size()))
                    .replace("%P1", p1.name()).replace("%P2", p2.name())
                    .replace("%C1", c1).replace("%C2", c2).replace("%K1", k1).replace("%K2", k2);
            body.append(body.isEmpty() ? "" : random.nextInt(3) == 0 ? "\n\n" : " ").append(s);
        }
        String headline = p1.name() + " and " + p2.name() + " meet in " + c1;
        Instant at = Instant.parse("2026-11-27T10:00:00Z");
        return new WireStory(id, 1, headline, body.toString(), null, "bench", "plain", null, null, at, at);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
