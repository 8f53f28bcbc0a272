package io.wirefeed.enrich.tagging;

import io.wirefeed.enrich.kb.KnowledgeBase.Organisation;
import io.wirefeed.enrich.tagging.AliasIndex.Match;
import io.wirefeed.enrich.tagging.FocusPass.Reference;
import io.wirefeed.enrich.tagging.FocusScorer.Position;
import io.wirefeed.enrich.tagging.UnknownNamesPass.BylinePerson;
import io.wirefeed.enrich.tagging.UnknownNamesPass.NewName;
import io.wirefeed.model.EnrichedStory.Mention;
import io.wirefeed.model.WireStory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One story being tagged: the state the passes of {@link Tagger#tag} hand on, from the words to the tags.
 * Each pass reads what the passes before it wrote and fills its own fields; a draft lives for one story on
 * one thread.
 */
final class Draft {
    /** The lead is the body's first paragraph, at most this many characters. */
    static final int MAX_LEAD = 600;

    final WireStory story;
    /** headline, a blank line, body: mention offsets point into it */
    final String text;
    /** the day date-bound facts are read on (roles in office, rules that apply after a date) */
    final LocalDate day;
    final int headlineEnd;
    final int leadEnd;

    // MatchPass
    Tokens tokens;
    /** the story's language: given, else detected when first asked */
    private String language;
    /** every alias match, in text order; matches never overlap */
    List<Match> matches;

    // ResolvePass
    /** one meaning for each match, in text order */
    List<Reading> readings;
    /** the country the dateline names, or null */
    String datelineCountry;
    /** the provider as a known organisation, or null (then it is tagged as a name the knowledge base lacks) */
    Organisation provider;

    // ContextFilterPass
    /** the readings the words around them do not contradict, in text order */
    List<Reading> accepted;
    private List<Match> acceptedMatches;
    /** matches dropped as descriptions ("Stable Bulgarian Government" in a headline): their words are no unknown name either */
    final List<Match> descriptions = new ArrayList<>();

    // UnknownNamesPass
    List<NewName> newNames;
    List<BylinePerson> bylinePeople;

    // RollUpPass
    Tally tally;
    List<Mention> mentions;
    /** every reference to a country, in the order rolled up: what the focus is scored from */
    final List<Reference> references = new ArrayList<>();
    List<String> countries;
    List<String> regions;

    // FocusPass
    List<String> focusCountries;
    List<String> focusRegions;

    Draft(WireStory story, LocalDate day) {
        this.story = story;
        this.text = story.taggedText();
        this.day = day;
        this.headlineEnd = story.headline().length();
        this.leadEnd = leadEnd(text, headlineEnd);
    }

    /** The story's language as the input gives it, else as detected from its words (after the match pass). */
    String language() {
        if (language == null) {
            language = story.language() != null ? story.language() : LanguageDetector.detect(text, tokens);
        }
        return language;
    }

    /** Takes back readings accepted earlier (a known name inside a longer name the knowledge base lacks). */
    void unaccept(java.util.Collection<Reading> readings) {
        accepted.removeAll(readings);
        acceptedMatches = null;
    }

    /** The matches of the accepted readings, in text order. */
    List<Match> acceptedMatches() {
        if (acceptedMatches == null) {
            acceptedMatches = new ArrayList<>(accepted.size());
            accepted.forEach(r -> acceptedMatches.add(r.match));
        }
        return acceptedMatches;
    }

    /** Where the text at offset {@code start} stands: headline, lead paragraph or body. */
    Position positionOf(int start) {
        return start < headlineEnd ? Position.HEADLINE : start < leadEnd ? Position.LEAD : Position.BODY;
    }

    /** The end of the lead: the body's first paragraph (some copy breaks paragraphs with one newline), at most 600 chars. */
    static int leadEnd(String text, int headlineEnd) {
        int bodyStart = Math.min(text.length(), headlineEnd + 2);
        int para = text.indexOf('\n', bodyStart);
        int end = para < 0 ? text.length() : para;
        return Math.min(end, bodyStart + MAX_LEAD);
    }
}
