package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A body written with an organisation's possessive is that organisation's, never the story's country's, and
 * the knowledge base's entry when it has it as "Body of the Organisation".
 */
class OrganisationsOwnBodiesTest {
    private static final Instant DAY = Instant.parse("2026-11-02T10:00:00Z");

    private static List<String> orgs(String body) {
        return TestTagger.organisationNames("en", body, DAY);
    }

    @Test
    void anOrganisationsAssemblyIsNotTheStorysCountrys() {
        assertThat(orgs("Kosovo won observer status at the Council of Europe's Parliamentary Assembly on Tuesday."))
                .contains("Council of Europe").noneMatch(n -> n.contains("of Kosovo"));
    }

    @Test
    void anOrganisationsBodyIsTheKnownBodyOfThatOrganisation() {
        assertThat(orgs("Kosovo won observer status at the Council of Europe's Parliamentary Assembly on Tuesday."))
                .contains("Parliamentary Assembly of the Council of Europe");
    }
}
