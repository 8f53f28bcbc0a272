package io.wirefeed.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirefeed.model.EnrichedStory.Focus;
import io.wirefeed.model.EnrichedStory.Mention;
import io.wirefeed.model.EnrichedStory.OrganisationTag;
import io.wirefeed.model.EnrichedStory.PersonTag;
import io.wirefeed.model.EnrichedStory.PlaceTag;
import io.wirefeed.model.EnrichedStory.TaggerInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JSON field names of {@code wire.raw} and {@code wire.enriched} are a contract with other stages and
 * downstream consumers (README, "Topics" and "The enriched record"): renaming a Java component must not rename them.
 */
class RecordFieldNamesTest {
    private static final Instant CREATED = Instant.parse("2026-11-27T09:30:00Z");
    private static final Instant RECEIVED = Instant.parse("2026-11-27T09:31:00Z");

    private final WireStory wire = new WireStory("story-1", 2, "Ferry resumes service", "The ferry sailed on Monday.",
            "en", "ibna", "plain", "PATRAS", "By A. Writer", CREATED, RECEIVED);

    @Test
    void aWireStoryIsWrittenWithTheNamesTheReadmeGives() throws Exception {
        assertThat(fieldNames(Json.MAPPER.valueToTree(wire))).containsExactly("id", "version", "headline", "body_text",
                "language", "provider", "format", "dateline", "byline", "versioncreated", "received_at");
    }

    @Test
    void aWireStoryWrittenWithTheOldVersionCreatedNameIsStillRead() throws Exception {
        String old = "{\"id\":\"story-1\",\"version\":2,\"headline\":\"h\",\"body_text\":\"b\","
                + "\"version_created\":\"2026-11-27T09:30:00Z\",\"received_at\":\"2026-11-27T09:31:00Z\"}";
        assertThat(Json.MAPPER.readValue(old, WireStory.class).versionCreated()).isEqualTo(CREATED);
        assertThat(Json.MAPPER.readValue(Json.MAPPER.writeValueAsString(wire), WireStory.class)).isEqualTo(wire);
    }

    @Test
    void anEnrichedStoryIsWrittenWithTheNamesOfTheEnrichedRecord() throws Exception {
        EnrichedStory enriched = new EnrichedStory("story-1", 2, "Ferry resumes service", "The ferry sailed on Monday.",
                "en", "ibna", "plain", "PATRAS", CREATED, RECEIVED, List.of("GR"), List.of("southern-europe"),
                new Focus(List.of("GR"), List.of("southern-europe")),
                List.of(new PlaceTag("Patras", "city", "GR", 1, "https://sws.geonames.org/255683/")),
                List.of(new PersonTag("A. Writer", "p-1", List.of("journalist"), "GR", 1, false)),
                List.of(new OrganisationTag("Port Authority", "o-1", "company", "GR", 1, true)),
                List.of(new Mention(0, 5, "Ferry", "place", "GR")),
                new TaggerInfo("0.1.0", "2026-12-07"), "By A. Writer");
        JsonNode json = Json.MAPPER.valueToTree(enriched);
        assertThat(fieldNames(json)).containsExactly("id", "version", "headline", "body_text", "language", "provider",
                "format", "dateline", "versioncreated", "received_at", "countries", "regions", "focus", "places",
                "people", "organisations", "mentions", "tagger", "byline");
        assertThat(fieldNames(json.get("focus"))).containsExactly("countries", "regions");
        assertThat(fieldNames(json.get("places").get(0))).containsExactly("name", "kind", "country", "mentions", "uri");
        assertThat(fieldNames(json.get("people").get(0))).containsExactly("name", "id", "roles", "country", "mentions", "in_kb");
        assertThat(fieldNames(json.get("organisations").get(0)))
                .containsExactly("name", "id", "kind", "country", "mentions", "in_kb");
        assertThat(fieldNames(json.get("mentions").get(0))).containsExactly("start", "end", "text", "type", "ref");
        assertThat(fieldNames(json.get("tagger"))).containsExactly("version", "kb");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
