package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A department the knowledge base names after its country, written without it, is that country's in its stories. */
class CountryDepartmentsTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void theBareDepartmentIsTheKnownOneOfTheStorysCountry() {
        assertThat(TestTagger.organisationNames("en", "WASHINGTON - The Department of Commerce added four chip firms to its "
                + "export blacklist on Friday.", DAY))
                .containsExactly("United States Department of Commerce");
    }

    @Test
    void elsewhereItIsQualifiedWithTheStorysCountry() {
        assertThat(TestTagger.organisationNames("en", "DUBLIN - The Department of Justice said on Friday it would review "
                + "the rules for asylum seekers.", DAY))
                .containsExactly("Department of Justice of Ireland");
    }
}
