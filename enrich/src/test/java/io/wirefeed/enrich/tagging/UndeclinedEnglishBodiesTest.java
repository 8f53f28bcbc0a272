package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** English copy does not decline names: an English word that is a case form of a body's name is no body. */
class UndeclinedEnglishBodiesTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void anAuditIsNoCarmakerDeclined() {
        assertThat(TestTagger.organisationNames("en", "NAIROBI - Audit findings released on Monday showed the railway "
                + "had lost track of fuel bought last year.", DAY)).doesNotContain("Audi");
    }

    @Test
    void theCarmakerAsWrittenStays() {
        assertThat(TestTagger.organisationNames("en", "Audi sold fewer cars in China last year, the German carmaker said.", DAY))
                .contains("Audi");
    }
}
