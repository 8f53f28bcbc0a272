package io.wirefeed.sink;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectReader;
import io.wirefeed.model.EnrichedStory;
import io.wirefeed.model.Json;
import java.io.IOException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Reads an enriched record for what the sink looks at (ids, headline, tags, regions, focus, language,
 * provider), skipping the body, the mentions and the places: the fields it leaves out are null. Half the
 * bytes of a record are its body and mentions; skipping them costs the parser a scan, not the objects.
 */
final class SlimStory {
    @JsonIgnoreProperties({"body_text", "mentions", "places", "dateline"})
    private abstract static class WithoutText {}

    private static final ObjectReader READER = Json.MAPPER.copy().addMixIn(EnrichedStory.class, WithoutText.class)
            .readerFor(EnrichedStory.class);

    private SlimStory() {}

    static EnrichedStory read(byte[] bytes) {
        try {
            return READER.readValue(bytes);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("not an enriched record: " + e.getMessage(), e);
        }
    }
}
