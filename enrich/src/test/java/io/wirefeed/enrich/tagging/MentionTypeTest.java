package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Mention types are written in the enriched record as the lower-case words downstream consumers read. */
class MentionTypeTest {

    @Test
    void mentionTypesAreTheRecordsWords() {
        assertThat(MentionType.values()).extracting(MentionType::label)
                .containsExactly("country", "demonym", "region", "place", "person", "organisation", "agreement");
    }

    @Test
    void aMentionCarriesItsTypesWord() {
        assertThat(MentionType.ORGANISATION.at(3, 5, "EU", "org:eu").type()).isEqualTo("organisation");
    }
}
