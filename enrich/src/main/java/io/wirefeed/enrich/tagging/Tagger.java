package io.wirefeed.enrich.tagging;

import io.wirefeed.enrich.kb.KnowledgeBase;
import io.wirefeed.model.EnrichedStory;
import io.wirefeed.model.WireStory;
import io.wirefeed.model.ninjs.SubjectNames;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tagging engine: tags one story with the countries, regions, places, people and organisations it
 * refers to, the countries it is about, and every mention with its offsets. Built once from a knowledge
 * base ({@link CompiledKb}: all aliases in one {@link AliasIndex}); {@link #tag} runs a story through named
 * passes that hand on one {@link Draft}, is thread-safe and allocates per story only.
 */
public final class Tagger {
    public static final String VERSION = "0.1.0";

    private final CompiledKb kb;
    private final MatchPass match;
    private final ResolvePass resolve;
    private final ContextFilterPass contextFilters;
    private final RolesPass roles;
    private final UnknownNamesPass unknownNames;
    private final RollUpPass rollUp;
    private final FocusPass focus;

    public Tagger(KnowledgeBase knowledgeBase) {
        this.kb = new CompiledKb(knowledgeBase);
        RoleFinder roleFinder = new RoleFinder();
        this.match = new MatchPass(kb);
        this.resolve = new ResolvePass(kb);
        this.contextFilters = new ContextFilterPass(kb);
        this.roles = new RolesPass(roleFinder);
        this.unknownNames = new UnknownNamesPass(kb, roleFinder);
        this.rollUp = new RollUpPass(kb);
        this.focus = new FocusPass(kb.taxonomy);
    }

    public String kbVersion() {
        return kb.kb.version();
    }

    /** English names of the knowledge base's countries and regions, for the subjects of the ninjs view. */
    public SubjectNames subjectNames() {
        Map<String, String> countryNames = new HashMap<>();
        kb.kb.countries().forEach(c -> countryNames.putIfAbsent(c.code(), c.name()));
        Map<String, String> regionNames = new HashMap<>();
        kb.kb.regions().forEach(r -> regionNames.putIfAbsent(r.slug(), r.name()));
        return new SubjectNames(countryNames, regionNames);
    }

    public int aliasCount() {
        return kb.index.size();
    }

    /** Tags a story that carries its own time ({@code versioncreated} or {@code received_at}); see {@link #tag(WireStory, Instant)}. */
    public EnrichedStory tag(WireStory story) {
        return tag(story, null);
    }

    /**
     * Tags a story. Facts bound to dates (who is in office, which region a country was in, rules that apply
     * after a date) are read on the UTC day of the story's {@code versioncreated}, else of its
     * {@code received_at}, else of {@code recordTime} (the Kafka record's timestamp); never the wall clock.
     *
     * @throws IllegalArgumentException when the story carries no time and {@code recordTime} is null
     */
    public EnrichedStory tag(WireStory story, Instant recordTime) {
        Draft draft = new Draft(story, dayOf(story, recordTime));
        match.run(draft);          // words and alias matches
        resolve.run(draft);        // one meaning per match
        contextFilters.run(draft); // drop what the words around contradict
        roles.run(draft);          // roles stated around known people
        unknownNames.run(draft);   // people and bodies the knowledge base lacks, byline
        rollUp.run(draft);         // counts, mentions, countries, regions
        focus.run(draft);          // the countries the story is about
        return record(draft);
    }

    private EnrichedStory record(Draft d) {
        WireStory s = d.story;
        String language = d.language();
        String homeCode = homeCountry(d.focusCountries, language, d.datelineCountry);
        KnowledgeBase.Country home = homeCode == null ? null : kb.countries.get(homeCode);
        return new EnrichedStory(s.id(), s.version(), s.headline(), s.bodyText(), language,
                s.provider(), s.format(), s.dateline(), s.versionCreated(), s.receivedAt(), d.countries, d.regions,
                new EnrichedStory.Focus(d.focusCountries, d.focusRegions), d.tally.placeTags(), d.tally.personTags(d.day),
                d.tally.orgTags(home), List.copyOf(d.mentions), new EnrichedStory.TaggerInfo(VERSION, kb.kb.version()),
                s.byline());
    }

    /**
     * The country whose bodies a story names without their country ("the Constitutional Court", "Narodna
     * skupština"): its one focus country; of several, the only one whose language the story is written in (a
     * Serbian story about Serbia and Russia); else the one the dateline is in (an English story from Baghdad about
     * Iraq and Turkey names Iraq's ministries without "Iraqi", as the reporter's home desk would); else none.
     */
    static String homeCountry(List<String> focus, String language, String datelineCountry) {
        if (focus.size() == 1) {
            return focus.get(0);
        }
        List<String> ownLanguage = focus.stream().filter(StoryLanguage.homes(language)::contains).toList();
        if (ownLanguage.size() == 1) {
            return ownLanguage.get(0);
        }
        return ownLanguage.isEmpty() && focus.contains(datelineCountry) ? datelineCountry : null;
    }

    /** The UTC day of the story's {@code versioncreated}, else its {@code received_at}, else {@code recordTime}. */
    static LocalDate dayOf(WireStory s, Instant recordTime) {
        Instant at = s.versionCreated() != null ? s.versionCreated() : s.receivedAt() != null ? s.receivedAt() : recordTime;
        if (at == null) {
            throw new IllegalArgumentException("story " + s.id() + " has no time to tag it by: no versioncreated, "
                    + "no received_at and no record time");
        }
        return at.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
