package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Tempi in a Greek story is the Greek vale, not Tempe in Arizona. */
class GreekTempiTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aGreekStorysTempiIsGreek() {
        assertThat(TestTagger.tag("en", "Greek prosecutors sent the Tempi rail crash case to trial on Friday, relatives of the "
                + "victims said.", DAY).countries()).containsExactly("GR");
    }
}
