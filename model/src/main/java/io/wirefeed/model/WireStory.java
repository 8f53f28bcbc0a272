package io.wirefeed.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Objects;

/**
 * One incoming story as ingest understood it, whatever its wire format: the value of {@code wire.raw}.
 * Ingest is the only stage that reads agency formats; every later stage reads this record.
 *
 * @param id             stable story id (the input's own id, else derived from provider and content)
 * @param version        the input's version number when it has one, else 1
 * @param headline       headline, NFC, wire artefacts removed
 * @param bodyText       body text, NFC, repeated headline, dateline and credit removed
 * @param language       BCP 47 tag from the input, or null when the input does not say
 * @param provider       wire service, lower case ({@code ibna}, {@code tanjug}), or null
 * @param format         the format it arrived in ({@code plain}, {@code ninjs}, ...)
 * @param dateline       the dateline place as written ("BELGRADE"), or null
 * @param byline         the byline, or null
 * @param versionCreated when the provider created this version, or null; {@code versioncreated} in JSON as in
 *                       ninjs and the enriched record ({@code version_created}, written before, is still read)
 * @param receivedAt     when ingest received it
 * @param credit         the agency as the copy credits it ("Kenya News Agency", "IANS"), or null: the name a
 *                       provider the knowledge base lacks is tagged under
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WireStory(
        String id,
        int version,
        String headline,
        String bodyText,
        String language,
        String provider,
        String format,
        String dateline,
        String byline,
        @JsonProperty("versioncreated") @JsonAlias("version_created") Instant versionCreated,
        Instant receivedAt,
        String credit) {

    @JsonCreator
    public WireStory {
        Objects.requireNonNull(id, "id");
        headline = headline == null ? "" : headline;
        bodyText = bodyText == null ? "" : bodyText;
        version = Math.max(version, 1);
    }

    /** A story whose copy credits no agency in words other than {@code provider}. */
    public WireStory(String id, int version, String headline, String bodyText, String language, String provider,
            String format, String dateline, String byline, Instant versionCreated, Instant receivedAt) {
        this(id, version, headline, bodyText, language, provider, format, dateline, byline, versionCreated, receivedAt,
                null);
    }

    /** The text the tagger reads and mention offsets point into: headline, a blank line, body. */
    public String taggedText() {
        return headline + "\n\n" + bodyText;
    }

    public WireStory withReceivedAt(Instant at) {
        return new WireStory(id, version, headline, bodyText, language, provider, format, dateline, byline,
                versionCreated, at, credit);
    }
}
