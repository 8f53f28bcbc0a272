package io.wirefeed.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * The enriched record on {@code wire.enriched} and the region topics. Field names and meaning are a
 * contract with downstream consumers (see the README's record section): add fields, never rename.
 * {@code byline} (added later, last so that existing constructor calls keep their meaning): the byline as the
 * input gave it, or null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EnrichedStory(
        String id,
        int version,
        String headline,
        String bodyText,
        String language,
        String provider,
        String format,
        String dateline,
        Instant versioncreated,
        Instant receivedAt,
        List<String> countries,
        List<String> regions,
        Focus focus,
        List<PlaceTag> places,
        List<PersonTag> people,
        List<OrganisationTag> organisations,
        List<Mention> mentions,
        TaggerInfo tagger,
        String byline) {

    /** The record as it was before {@code byline} was added: no byline. */
    public EnrichedStory(String id, int version, String headline, String bodyText, String language, String provider,
            String format, String dateline, Instant versioncreated, Instant receivedAt, List<String> countries,
            List<String> regions, Focus focus, List<PlaceTag> places, List<PersonTag> people,
            List<OrganisationTag> organisations, List<Mention> mentions, TaggerInfo tagger) {
        this(id, version, headline, bodyText, language, provider, format, dateline, versioncreated, receivedAt, countries,
                regions, focus, places, people, organisations, mentions, tagger, null);
    }

    /** What the story is about: 1 to 3 countries and the regions they roll up to. */
    public record Focus(List<String> countries, List<String> regions) {}

    /** A distinct place; {@code uri} only from real data (a GeoNames id). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlaceTag(String name, String kind, String country, int mentions, String uri) {}

    /** A distinct person; {@code inKb} false for a name found in the text but not in the knowledge base. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PersonTag(String name, String id, List<String> roles, String country, int mentions, boolean inKb) {}

    /** A distinct organisation. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OrganisationTag(String name, String id, String kind, String country, int mentions, boolean inKb) {}

    /** One match: UTF-16 offsets into {@code headline + "\n\n" + body_text}. */
    public record Mention(int start, int end, String text, String type, String ref) {}

    /** Versions of the code and of the knowledge base that produced the record. */
    public record TaggerInfo(String version, String kb) {}
}
