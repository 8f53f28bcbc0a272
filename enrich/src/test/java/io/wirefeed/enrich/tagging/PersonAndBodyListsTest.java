package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A list that joins a person and a body's word names no body made of both. */
class PersonAndBodyListsTest {
    private static final Instant DAY = Instant.parse("2026-11-02T10:00:00Z");

    @Test
    void aPersonAndABodysWordJoinedByAndAreNoOneBody() {
        assertThat(TestTagger.organisationNames("en",
                "The leader met party secretary Goran Lekovski and Executive Committee member Vesna Tosheva on Monday.", DAY))
                .noneMatch(name -> name.contains("Lekovski"));
    }

    @Test
    void aBodyNamedWithAndStaysWhole() {
        assertThat(TestTagger.organisationNames("en",
                "The Department of Climate Change and Energy said on Monday it would review the permit.", DAY))
                .contains("Department of Climate Change and Energy");
    }

    @Test
    void afterATitleAnyNameAndABodyAreAPersonAndABody() {
        String body = "The president named Farmers Alliance leader Tumelo Dikgale and Workers Congress president Sipho Ndlela "
                + "to the cabinet on Sunday.";
        assertThat(TestTagger.organisationNames("en", body, DAY)).noneMatch(name -> name.contains("Dikgale"));
        assertThat(TestTagger.personNames("en", body, DAY)).contains("Tumelo Dikgale", "Sipho Ndlela");
    }

    @Test
    void aTitleAndANameAfterABodysNameAreNoPartOfIt() {
        String body = "The Office of Coastal Defense Administrator Undersecretary Ramon Dizon said the ports were shut, and the "
                + "Ministry of Water Principal Secretary Grace Wambui said wells were dry.";
        assertThat(TestTagger.organisationNames("en", body, DAY))
                .contains("Office of Coastal Defense").noneMatch(name -> name.contains("Dizon") || name.contains("Principal"));
        assertThat(TestTagger.personNames("en", body, DAY)).contains("Ramon Dizon", "Grace Wambui");
    }
}
