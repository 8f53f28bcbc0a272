package io.wirefeed.model.ninjs;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The serde of {@code wire.enriched.ninjs}: a {@link NinjsDocument} as one line of JSON with the property names
 * of its ninjs version, ISO-8601 instants, empty lists and absent values left out.
 */
public final class NinjsSerde implements Serde<NinjsDocument>, Serializer<NinjsDocument>, Deserializer<NinjsDocument> {
    private final ObjectMapper mapper;

    public NinjsSerde(NinjsVersion version) {
        this.mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .propertyNamingStrategy(new PropertyNamingStrategies.NamingBase() {
                    @Override
                    public String translate(String name) {
                        return version.propertyName(name);
                    }
                })
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /** The document as JSON text: what the topic carries and {@code wirefeed tag --format ninjs} prints. */
    public String json(NinjsDocument document) {
        try {
            return mapper.writeValueAsString(document);
        } catch (IOException e) {
            throw new SerializationException("cannot write the ninjs document " + document.uri(), e);
        }
    }

    @Override
    public byte[] serialize(String topic, NinjsDocument document) {
        if (document == null) {
            return null;
        }
        try {
            return mapper.writeValueAsBytes(document);
        } catch (IOException e) {
            throw new SerializationException("cannot write the ninjs document " + document.uri() + " for " + topic, e);
        }
    }

    @Override
    public NinjsDocument deserialize(String topic, byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            return mapper.readValue(bytes, NinjsDocument.class);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("not a ninjs document on " + topic + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        // the version is fixed at construction
    }

    @Override
    public void close() {
        // stateless
    }

    @Override
    public Serializer<NinjsDocument> serializer() {
        return this;
    }

    @Override
    public Deserializer<NinjsDocument> deserializer() {
        return this;
    }
}
