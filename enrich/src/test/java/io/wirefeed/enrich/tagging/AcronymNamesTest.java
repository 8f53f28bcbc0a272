package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An organisation whose name is an acronym: in capitals, or capitalised without letters the acronym lacks. */
class AcronymNamesTest {
    private static final Instant DAY = Instant.parse("2026-11-02T10:00:00Z");

    private static List<String> orgs(String language, String body) {
        return TestTagger.organisationNames(language, body, DAY);
    }

    @Test
    void aWordWithLettersTheAcronymLacksIsNotIt() {
        assertThat(orgs("bs", "Naša nova lista predala je kandidature u Tuzli u petak.")).doesNotContain("NASA");
    }

    @Test
    void theAcronymInCapitalsOrCapitalisedAsWiresWriteItIsIt() {
        assertThat(orgs("en", "NASA said the launch would slip to March.")).contains("NASA");
        assertThat(orgs("en", "Croatian pipeline operator Janaf said oil deliveries to Serbia would continue.")).contains("JANAF");
    }
}
