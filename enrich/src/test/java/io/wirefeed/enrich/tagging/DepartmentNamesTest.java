package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Departments the knowledge base lacks are named by their field after "of" or by two words before the head. */
class DepartmentNamesTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aDepartmentOfAFieldIsABody() {
        assertThat(TestTagger.organisationNames("en", "SUVA - The Department of Fisheries and Marine Parks said on Monday "
                + "it would close two reefs to boats.", DAY))
                .contains("Department of Fisheries and Marine Parks");
        assertThat(TestTagger.organisationNames("en", "SINGAPORE - The Land Transport Records Department said on Friday "
                + "that car registrations fell in May.", DAY))
                .contains("Land Transport Records Department");
    }

    @Test
    void aDepartmentWithoutItsFieldIsNoName() {
        assertThat(TestTagger.organisationNames("en", "SUVA - The Department said on Monday it would close two reefs. "
                + "A Department spokesman gave no details.", DAY)).isEmpty();
    }
}
