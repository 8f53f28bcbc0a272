package io.wirefeed.model.ninjs;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The official ninjs JSON Schemas (copies under {@code src/test/resources/ninjs-schema}), checked with format assertions on. */
final class NinjsSchemas {
    private NinjsSchemas() {}

    static Schema of(NinjsVersion version) {
        String resource = "/ninjs-schema/ninjs-schema_" + version.number() + ".json";
        try (InputStream in = NinjsSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the test resources");
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the schema finds wrong with the document; empty when it is valid. */
    static List<String> errors(Schema schema, String json) {
        return schema.validate(json, InputFormat.JSON, ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)))
                .stream().map(Error::toString).toList();
    }
}
