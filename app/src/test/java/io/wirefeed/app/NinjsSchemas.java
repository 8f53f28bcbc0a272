package io.wirefeed.app;

import static org.assertj.core.api.Assertions.fail;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.wirefeed.model.ninjs.NinjsVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * IPTC's ninjs JSON Schemas for the app's tests: the official files in the team's shared folder
 * ({@code ../shared/eval/ninjs-schema}, or {@code -Dwirefeed.shared=DIR}), or the copies the model module keeps
 * with IPTC's licence ({@code model/src/test/resources/ninjs-schema}). Formats (uri, date-time) are asserted.
 */
final class NinjsSchemas {
    private NinjsSchemas() {}

    /** The team's shared folder; fails the test, naming what is missing, when this machine has none. */
    static Path shared(String sub) {
        String configured = System.getProperty("wirefeed.shared");
        Path dir = (configured != null ? Path.of(configured) : Path.of("..", "..", "shared")).resolve(sub).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            fail(dir + " is missing: this test reads the team's shared folder beside the checkout (set -Dwirefeed.shared=DIR)");
        }
        return dir;
    }

    /** The official schema in the shared folder. */
    static Schema official(NinjsVersion version) {
        return load(shared("eval/ninjs-schema").resolve("ninjs-schema_" + version.number() + ".json"));
    }

    /** The copy kept in the project (model's test resources), for tests that must not need the shared folder. */
    static Schema projectCopy(NinjsVersion version) {
        return load(Path.of("..", "model", "src", "test", "resources", "ninjs-schema", "ninjs-schema_" + version.number() + ".json"));
    }

    private static Schema load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the ninjs schema " + file, e);
        }
    }

    /** What the schema finds wrong with the document; empty when it is valid. */
    static List<String> errors(Schema schema, String json) {
        return schema.validate(json, InputFormat.JSON, ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)))
                .stream().map(Error::toString).toList();
    }
}
