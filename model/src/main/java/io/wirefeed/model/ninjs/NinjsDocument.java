package io.wirefeed.model.ninjs;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * One story as an IPTC ninjs document: the value of {@code wire.enriched.ninjs}. Component names are the
 * ninjs 2.x property names (all lower case); {@link NinjsSerde} writes them as the chosen version spells them.
 * Only properties the official schemas define are here: the schemas allow no others.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record NinjsDocument(
        String uri,
        String type,
        String representationtype,
        String version,
        Instant versioncreated,
        String language,
        List<Text> headlines,
        List<Text> bodies,
        String by,
        String located,
        List<Item> people,
        List<Item> organisations,
        List<Item> places,
        List<Subject> subjects,
        List<InfoSource> infosources,
        List<AltId> altids,
        Standard standard) {

    /** A headline or a body: {@code role} main, plain text. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Text(String role, String contenttype, String value) {}

    /** A person, organisation or place: {@code uri} when wirefeed or GeoNames identifies it, else {@code literal}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String name, String rel, String uri, String literal) {}

    /** A country or region the story refers to; {@code rel} says whether the story is about it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Subject(String name, String rel, String uri, String literal) {}

    /** The wire service that supplied the story. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InfoSource(String name, String uri, String literal) {}

    /** Another identifier of the story: role {@code wirefeed} is its key on every wirefeed topic. */
    public record AltId(String role, String value) {}

    /** The ninjs version the document conforms to and its schema. */
    public record Standard(String name, String version, String schema) {}
}
