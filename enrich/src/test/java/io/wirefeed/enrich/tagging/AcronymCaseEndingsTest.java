package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An acronym with a case ending hyphenated to it is the acronym: "MUP-a Srbije" is "MUP Srbije" declined. */
class AcronymCaseEndingsTest {
    private static final Instant DAY = Instant.parse("2026-11-02T10:00:00Z");

    private static List<String> orgs(String language, String body) {
        return TestTagger.organisationNames(language, body, DAY);
    }

    @Test
    void aDeclinedAcronymBeforeItsCountryIsTheWholeName() {
        assertThat(orgs("sr-Cyrl", "КРАЉЕВО - Припадници МУП-а Србије евакуисали су мештане поплављених села."))
                .contains("Ministry of Interior of Serbia");
        assertThat(orgs("hr", "MOSTAR - Zastupnici HDZ-a BiH napustili su sjednicu Doma naroda."))
                .contains("Croatian Democratic Union of Bosnia and Herzegovina").doesNotContain("Croatian Democratic Union");
    }

    @Test
    void aLongerWordAfterTheHyphenStaysAWord() {
        assertThat(Tokens.of("EU-wide").size()).isEqualTo(2);
        assertThat(Tokens.of("NATO-u je").size()).isEqualTo(2);
    }
}
