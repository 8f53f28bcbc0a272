package io.wirefeed.kbtools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountryDataGeneratorTest {
    /** The knowledge base in the enrich module, from this module's folder (Maven runs tests there). */
    private static final Path KB = Path.of("..", "enrich", "src", "main", "resources", "kb");

    @Test
    void theCommittedCountriesAndRegionsAreWhatTheGeneratorWritesFromTheCuratedOverlay(@TempDir Path dir) throws Exception {
        assertThat(KB.resolve("tools/countries-curated.yaml")).as("the curated overlay").exists();
        Files.createDirectories(dir.resolve("tools"));
        Files.copy(KB.resolve("tools/countries-curated.yaml"), dir.resolve("tools/countries-curated.yaml"));

        CountryDataGenerator.main(new String[] {dir.toString()});

        for (String file : new String[] {"countries.yaml", "regions.yaml"}) {
            assertThat(Files.readString(dir.resolve(file)))
                    .as(file + " was edited by hand or the overlay changed without a re-run (command in its header)")
                    .isEqualTo(Files.readString(KB.resolve(file)));
        }
    }
}
