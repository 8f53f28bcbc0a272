package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Initials alone hide a name: no person. */
class InitialsOnlyTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aSuspectsInitialsAreNoPerson() {
        assertThat(TestTagger.personNames("sr-Latn", "SUBOTICA - Policija je uhapsila carinika M. K. (44) zbog sumnje da je "
                + "primao mito, saopštio je ministar Ivica Dačić.", DAY)).containsExactly("Ivica Dačić");
    }
}
