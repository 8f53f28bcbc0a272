package io.wirefeed.enrich.tagging;

import io.wirefeed.enrich.kb.KnowledgeBase.Organisation;
import io.wirefeed.enrich.kb.KnowledgeBase.Person;
import io.wirefeed.enrich.kb.KnowledgeBase.Place;
import io.wirefeed.enrich.kb.OrganisationKind;
import io.wirefeed.enrich.tagging.AliasIndex.Kind;
import io.wirefeed.enrich.tagging.AliasIndex.Target;
import io.wirefeed.enrich.tagging.FocusPass.Evidence;
import io.wirefeed.enrich.tagging.FocusPass.Reference;
import io.wirefeed.enrich.tagging.FocusScorer.Position;
import io.wirefeed.enrich.tagging.UnknownNamesPass.BylinePerson;
import io.wirefeed.enrich.tagging.UnknownNamesPass.NewName;
import io.wirefeed.model.EnrichedStory.Mention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pass 6, roll-up: counts what the story names and lists every mention. In this order: the accepted readings
 * in text order, the new names, the dateline's country, organisations named by their bare base name (once
 * the story's countries are known), the provider. Each place counts for its country, each country for its
 * regions (with membership dates); every reference to a country is kept for {@link FocusPass}.
 */
final class RollUpPass {
    private final CompiledKb kb;

    RollUpPass(CompiledKb kb) {
        this.kb = kb;
    }

    /**
     * Bodies whose name, written with their country's name or adjective, refers to the country: a central bank, a
     * court, a regulator, a company ("Bulgarian National Bank", "Vrhovni sud Srbije", "Telekom Srbija"); not a party
     * ("Democratic Party of Albanians" is North Macedonia's), an outlet, a church or a minority's body.
     */
    private static final Set<OrganisationKind> NAMED_WITH_COUNTRY = Set.of(OrganisationKind.CENTRAL_BANK,
            OrganisationKind.COURT, OrganisationKind.REGULATOR, OrganisationKind.COMPANY);

    /** Whether the words an organisation is written with name its own country, in any case or script. */
    private boolean namesOwnCountry(Organisation o, String surface) {
        boolean[] found = new boolean[1];
        java.util.function.Consumer<AliasIndex.Match> look = m -> {
            for (Target t : m.targets()) {
                found[0] |= (t.kind() == Kind.COUNTRY || t.kind() == Kind.DEMONYM) && o.country().equals(t.ref());
            }
        };
        // the whole name matches as the organisation: each word alone, and each tail ("... of North Macedonia")
        Tokens words = Tokens.of(surface);
        for (int i = 0; i < words.size() && !found[0]; i++) {
            kb.index.match(Tokens.of(surface.substring(words.start(i), words.end(i))), look);
            if (i > 0 && !found[0]) {
                kb.index.match(Tokens.of(surface.substring(words.start(i))), look);
            }
        }
        return found[0];
    }

    /** A match made only through the bare base name of country-qualified organisations, kept until the story's countries are known. */
    private record BaseNameMatch(Reading reading, int start, int end, String surface, Position pos, int mentionAt) {}

    void run(Draft draft) {
        Tally tally = new Tally(kb);
        List<Mention> mentions = new ArrayList<>();
        List<BaseNameMatch> baseNames = new ArrayList<>();
        for (Reading r : draft.accepted) {
            int start = draft.tokens.start(r.from());
            int end = draft.tokens.end(r.to());
            String surface = draft.text.substring(start, end);
            Position pos = draft.positionOf(start);
            switch (r.kind()) {
                case COUNTRY -> {
                    tally.country(r.country);
                    tally.place(kb.countries.get(r.country).name(), Tally.COUNTRY_PLACE, r.country, null);
                    draft.references.add(new Reference(r.country, Evidence.COUNTRY_NAME, pos, start, end));
                    mentions.add(MentionType.COUNTRY.at(start, end, surface, r.country));
                }
                case DEMONYM -> {
                    tally.country(r.country);
                    draft.references.add(new Reference(r.country, Evidence.DEMONYM, pos, start, end));
                    mentions.add(MentionType.DEMONYM.at(start, end, surface, r.country));
                }
                case REGION -> {
                    tally.region(r.target.ref());
                    mentions.add(MentionType.REGION.at(start, end, surface, r.target.ref()));
                }
                case PLACE -> {
                    if (r.seatOnly) {
                        // the body's seat as the scene: nothing to count
                    } else if (r.standsFor != null) {
                        tally.org(r.standsFor);
                        mentions.add(MentionType.ORGANISATION.at(start, end, surface, Refs.org(r.standsFor.id())));
                    } else {
                        Place p = kb.places.get(r.target.ref());
                        String uri = p.geonameId() == null ? null : Refs.geonames(p.geonameId());
                        tally.country(p.country());
                        tally.place(p.name(), p.kind(), p.country(), uri);
                        draft.references.add(new Reference(p.country(), Evidence.PLACE, pos, start, end));
                        mentions.add(MentionType.PLACE.at(start, end, surface, uri != null ? uri : p.country()));
                    }
                }
                case PERSON, SURNAME -> {
                    Person p = r.person;
                    if (p == null) {
                        mentions.add(MentionType.PERSON.at(start, end, surface, null));
                    } else {
                        tally.person(p, r.roles);
                        if (p.country() != null) {
                            draft.references.add(new Reference(p.country(), Evidence.PERSON, pos, start, end));
                        }
                        mentions.add(MentionType.PERSON.at(start, end, surface, Refs.person(p.id())));
                    }
                }
                case ORGANISATION -> {
                    if (r.description) {
                        String code = kb.orgs.get(r.target.ref()).country();
                        tally.country(code);
                        draft.references.add(new Reference(code, Evidence.DEMONYM, pos, start, end));
                        mentions.add(MentionType.DEMONYM.at(start, end, surface, code));
                    } else if (r.target.baseName()) {
                        baseNames.add(new BaseNameMatch(r, start, end, surface, pos, mentions.size()));
                    } else {
                        organisation(kb.orgs.get(r.target.ref()), r.sharedName, start, end, surface, pos, tally, mentions,
                                draft.references);
                    }
                }
                case TITLE -> { /* titles only serve roles */ }
            }
        }
        for (NewName n : draft.newNames) {
            if (n.kind() == Kind.ORGANISATION) {
                Organisation known = n.generic() == null ? kb.orgsByKey.get(Folding.get().key(n.name())) : null;
                if (known != null) {
                    // a new name that is the knowledge base's ("Parliamentary Assembly of the Council of Europe") counts as it
                    organisation(known, false, n.start(), n.end(), n.text(), draft.positionOf(n.start()), tally, mentions, draft.references);
                    continue;
                }
                if (n.generic() != null) {
                    tally.genericOrg(n.generic());
                } else {
                    tally.unknownOrg(n.name());
                }
                mentions.add(MentionType.ORGANISATION.at(n.start(), n.end(), n.text(), null));
            } else {
                Person known = NameForms.declinesNames(draft.language()) ? kb.transcribed(n.name()) : null;
                if (known != null) {
                    // "Kristofer Hil": a foreign name the copy writes by ear is the knowledge base's Christopher Hill
                    tally.person(known, n.roles());
                    if (known.country() != null) {
                        draft.references.add(new Reference(known.country(), Evidence.PERSON, draft.positionOf(n.start()), n.start(), n.end()));
                    }
                    mentions.add(MentionType.PERSON.at(n.start(), n.end(), n.text(), Refs.person(known.id())));
                    continue;
                }
                tally.unknownPerson(n.name(), n.roles());
                mentions.add(MentionType.PERSON.at(n.start(), n.end(), n.text(), Refs.person(Refs.slug(n.name()))));
            }
        }
        for (BylinePerson b : draft.bylinePeople) {
            if (b.known() != null) {
                tally.person(b.known(), List.of());
            } else {
                tally.unknownPerson(b.name(), List.of());
            }
        }
        if (draft.datelineCountry != null) {
            tally.country(draft.datelineCountry);
            draft.references.add(new Reference(draft.datelineCountry, Evidence.DATELINE, Position.DATELINE, -1, -1));
        }
        resolveBaseNames(baseNames, tally, mentions, draft.references, StoryLanguage.homes(draft.language()));
        if (draft.story.provider() != null) {
            if (draft.provider != null) {
                tally.org(draft.provider);
            } else {
                // the source outlet, named only in the credit: as the copy writes it (in Latin script: "(Шумен Днес)"
                // is Shumen Dnes), else by its provider code
                tally.unknownOrg(draft.story.credit() != null ? NameForms.latin(draft.story.credit(), draft.language())
                        : draft.story.provider());
            }
        }
        draft.tally = tally;
        draft.mentions = mentions;
        draft.countries = List.copyOf(tally.countries);
        Set<String> regions = new LinkedHashSet<>(kb.taxonomy.regionsOf(draft.countries, draft.day));
        regions.addAll(kb.taxonomy.withAncestors(tally.regions));
        draft.regions = List.copyOf(regions);
    }

    /**
     * Rolls up one organisation named at {@code start..end}: an agreement is only mentioned, a body counted, and its
     * country referred to unless {@code sharedName} (see {@link Reading#sharedName}).
     */
    private void organisation(Organisation o, boolean sharedName, int start, int end, String surface, Position pos, Tally tally,
            List<Mention> mentions, List<Reference> references) {
        OrganisationKind kind = OrganisationKind.of(o.kind());
        if (kind == OrganisationKind.AGREEMENT) {
            mentions.add(MentionType.AGREEMENT.at(start, end, surface, Refs.org(o.id())));
            return;
        }
        tally.org(o);
        if (o.country() != null && !sharedName) {
            if (!kind.isSource()) {
                Evidence evidence = kind == OrganisationKind.COMPANY ? Evidence.COMPANY : Evidence.ORGANISATION;
                references.add(new Reference(o.country(), evidence, pos, start, end));
            }
            if (kind.standsForCountry()) {
                tally.country(o.country());
            } else if (NAMED_WITH_COUNTRY.contains(kind) && namesOwnCountry(o, surface)) {
                // "Българската народна банка", "Narodna banka Srbije": the name says the country, as its adjective would alone
                tally.country(o.country());
                references.add(new Reference(o.country(), Evidence.DEMONYM, pos, start, end));
            }
        }
        mentions.add(MentionType.ORGANISATION.at(start, end, surface, Refs.org(o.id())));
    }

    /**
     * "Social Democrats" alone is Slovenia's party in a Slovenian story and not in a Romanian one: a base-name
     * match counts for the one organisation among its meanings whose country the story refers to (countries
     * tagged so far, dateline included, and the countries of the people named) or that has no country; with
     * none or several, it is dropped, mention and all. The tokens stay covered, so it does not come back as an
     * unknown name either.
     */
    /**
     * Of several organisations a base name may be, the one whose country the story refers to most, when that
     * is clearly the most ("the Democratic Party" in an Albanian story that mentions the US once); else all.
     */
    private static List<Organisation> mostReferred(List<Organisation> fitting, List<Reference> references) {
        Map<String, Integer> counts = new HashMap<>();
        references.forEach(r -> counts.merge(r.country(), 1, Integer::sum));
        Organisation best = null;
        int bestCount = 0;
        int second = 0;
        for (Organisation o : fitting) {
            int n = o.country() == null ? 0 : counts.getOrDefault(o.country(), 0);
            if (n > bestCount) {
                second = bestCount;
                bestCount = n;
                best = o;
            } else if (n > second) {
                second = n;
            }
        }
        return best != null && bestCount >= 2 * Math.max(1, second) ? List.of(best) : fitting;
    }

    private void resolveBaseNames(List<BaseNameMatch> baseNames, Tally tally, List<Mention> mentions, List<Reference> references,
            Set<String> homes) {
        if (baseNames.isEmpty()) {
            return;
        }
        Set<String> referred = tally.countriesReferred();
        // last first, so that each mention goes back to its place in text order
        for (int i = baseNames.size() - 1; i >= 0; i--) {
            BaseNameMatch b = baseNames.get(i);
            // a party named by a word ("Levice", "Mosta") is also that of the country whose language the story is in
            List<Organisation> fitting = b.reading().match.targets().stream().filter(Target::baseName).map(t -> kb.orgs.get(t.ref()))
                    .filter(o -> o.country() == null || referred.contains(o.country())
                            || (!o.partyAliases().isEmpty() && homes.contains(o.country()))).distinct().toList();
            if (fitting.size() > 1) {
                fitting = mostReferred(fitting, references);
            }
            if (fitting.isEmpty() && kb.genericBodies.isGeneric(b.surface())) {
                // "the House of Representatives" in a Japanese story is no other country's: the story's own body
                tally.genericOrg(new GenericBodies.Named(b.surface(), null, null));
                mentions.add(b.mentionAt(), MentionType.ORGANISATION.at(b.start(), b.end(), b.surface(), null));
            } else if (fitting.size() == 1) {
                List<Mention> one = new ArrayList<>(1);
                organisation(fitting.get(0), false, b.start(), b.end(), b.surface(), b.pos(), tally, one, references);
                mentions.addAll(b.mentionAt(), one);
            }
        }
    }
}
