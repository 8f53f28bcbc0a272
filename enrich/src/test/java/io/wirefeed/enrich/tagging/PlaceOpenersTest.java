package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import io.wirefeed.model.EnrichedStory;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A word that opens a place's name ("Lake", "Mount") opens no person's name, though a given name follows it. */
class PlaceOpenersTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aLakeNamedLikeAWomanIsNoPerson() {
        EnrichedStory s = TestTagger.tag("en", "Victoria Wanjiru, a mother from Kisumu on the shores of Lake Victoria, said she "
                + "had travelled overnight.", DAY);
        assertThat(s.people()).extracting(EnrichedStory.PersonTag::name).containsExactly("Victoria Wanjiru");
    }
}
