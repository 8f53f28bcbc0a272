package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A title's abbreviation before a name is no town whose other name it spells. */
class AbbreviatedTitlesTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void senBeforeANameIsASenatorNotSenj() {
        assertThat(TestTagger.tag("en", "Sen. Carla Whitmore, a Republican, said she would file a bill to limit the "
                + "election board's powers.", DAY).countries()).doesNotContain("HR");
    }
}
