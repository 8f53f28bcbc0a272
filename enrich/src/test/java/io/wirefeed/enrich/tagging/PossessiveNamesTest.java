package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A body named after a possessive plural keeps it in its name; a person's possessive is no part of a name. */
class PossessiveNamesTest {
    private static final Instant DAY = Instant.parse("2026-11-02T10:00:00Z");

    private static List<String> orgs(String body) {
        return TestTagger.organisationNames("en", body, DAY);
    }

    @Test
    void aPluralPossessiveIsPartOfTheName() {
        assertThat(orgs("PIRAEUS - The Aegean Fishermen's Federation said its boats would stay in port on Thursday."))
                .contains("Aegean Fishermen's Federation");
    }

    @Test
    void aPersonsPossessiveIsNot() {
        assertThat(orgs("Petrović's Citizens Union said on Monday it would not join the coalition."))
                .doesNotContain("Petrović's Citizens Union");
    }

    @Test
    void anOfficeHoldersPossessiveOpensTheBodyServingThem() {
        assertThat(orgs("QUITO - The Cantonal Prosecutor's Office of Pichincha said it had charged two judges."))
                .contains("Cantonal Prosecutor's Office of Pichincha");
    }

    @Test
    void aGenericOfficeHoldersBodyTakesTheStorysCountry() {
        assertThat(orgs("Chile's Ombudsman's Office said on Tuesday that prison conditions had worsened."))
                .contains("Ombudsman's Office of Chile");
    }
}
