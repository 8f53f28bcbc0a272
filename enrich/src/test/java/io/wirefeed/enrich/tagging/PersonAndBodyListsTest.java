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
}
