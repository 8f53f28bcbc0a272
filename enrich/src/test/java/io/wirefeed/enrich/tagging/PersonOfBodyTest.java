package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A person named with a capitalised title before "of" and a body is a person of that body, not part of its name. */
class PersonOfBodyTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void theTitledPersonBeforeOfIsNoPartOfTheBody() {
        String body = "OSAKA - Professor Haruto Mori of Naniwa Coastal University said the sea wall would hold.";
        assertThat(TestTagger.organisationNames("en", body, DAY)).containsExactly("Naniwa Coastal University");
        assertThat(TestTagger.personNames("en", body, DAY)).containsExactly("Haruto Mori");
    }
}
