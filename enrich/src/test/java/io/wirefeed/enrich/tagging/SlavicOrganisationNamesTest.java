package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** South Slavic organisation names the knowledge base lacks: lower-case words after the head, the head in the nominative. */
class SlavicOrganisationNamesTest {
    private static final Instant DAY = Instant.parse("2026-11-02T10:00:00Z");

    private static List<String> orgs(String language, String body) {
        return TestTagger.organisationNames(language, body, DAY);
    }

    @Test
    void aNameGoesOnThroughLowerCaseWordsToThePlaceItIsOf() {
        assertThat(orgs("bs", "Kandidate je predao Pokret za bolje Tuzle, a lista je potvrđena u petak."))
                .contains("Pokret za bolje Tuzle");
        assertThat(orgs("sr-Latn", "Napad na reportera osudilo je i Udruženje novinara Srbije u subotu."))
                .contains("Udruženje novinara Srbije");
    }

    @Test
    void aDeclinedHeadIsGivenInTheNominative() {
        assertThat(orgs("bs", "Predstavnici Pokreta za bolje Tuzle nisu došli na sastanak.")).contains("Pokret za bolje Tuzle");
    }

    @Test
    void aWordBeforeTheHeadThatIsNoAdjectiveIsNotPartOfTheName() {
        assertThat(orgs("sr-Latn", "Studenti Univerziteta u Novom Sadu blokirali su fakultete treću nedelju zaredom."))
                .contains("University of Novi Sad").doesNotContain("Studenti Univerziteta");
    }

    @Test
    void aVerbAfterTheHeadEndsIt() {
        assertThat(orgs("hr", "Sindikat je pozvao Hrvatsku da povisi plaće, a Savez najavio prosvjed u Zagrebu."))
                .noneMatch(n -> n.contains("pozvao") || n.contains("najavio"));
    }

    @Test
    void aUniversityNamedAfterItsTownIsTheUniversityOfThatTown() {
        assertThat(orgs("hr", "Profesori Sveučilišta u Splitu potpisali su sporazum s bolnicom.")).contains("University of Split");
    }
}
