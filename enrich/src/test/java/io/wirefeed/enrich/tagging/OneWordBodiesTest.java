package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import io.wirefeed.model.EnrichedStory;
import io.wirefeed.model.EnrichedStory.OrganisationTag;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** One capitalised word is a state's body when its country is written right before it, and nothing otherwise. */
class OneWordBodiesTest {
    private static final Instant DAY = Instant.parse("2026-11-02T10:00:00Z");

    private static EnrichedStory tag(String body) {
        return TestTagger.tag("en", body, DAY);
    }

    @Test
    void aCountrysPossessiveMakesTheWordItsBody() {
        assertThat(tag("PRISTINA - Kosovo's Assembly failed to elect a speaker for the third time on Thursday.").organisations())
                .extracting(OrganisationTag::name).containsExactly("Assembly of Kosovo");
        assertThat(tag("PODGORICA - Montenegro's Parliament voted to dismiss the cabinet late on Friday.").organisations())
                .extracting(OrganisationTag::name).containsExactly("Parliament of Montenegro");
    }

    @Test
    void withoutItsCountryTheWordNamesNothing() {
        assertThat(tag("Assembly members left the hall after the vote, and the session was adjourned.").organisations()).isEmpty();
        assertThat(tag("The speaker said the Assembly would meet again on Monday.").organisations()).isEmpty();
    }

    @Test
    void anOutletNamedByOneWordIsNotABody() {
        assertThat(tag("The opposition said it expects Belgrade to withdraw the proposal, reports Koha.").organisations())
                .extracting(OrganisationTag::name).containsExactly("Koha");
    }
}
