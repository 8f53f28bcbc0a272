package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import io.wirefeed.model.EnrichedStory;
import io.wirefeed.model.EnrichedStory.OrganisationTag;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * One capitalised word is a state's body when its country is written right before it; a legislature or
 * presidency written "the Senate" is the story's one country's; otherwise the word names nothing.
 */
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
    void theCapitalisedLegislatureOrPresidencyIsTheStorysCountrys() {
        assertThat(tag("SARAJEVO - The Presidency met in closed session on Friday. Bosnia has had no defence budget for two years.")
                .organisations()).extracting(OrganisationTag::name).containsExactly("Presidency of Bosnia and Herzegovina");
        assertThat(tag("PRISTINA - The Assembly failed to elect a speaker on Wednesday, Kosovo media said.").organisations())
                .extracting(OrganisationTag::name).containsExactly("Assembly of Kosovo");
    }

    @Test
    void aBodyWordThatModifiesAnotherOrFollowsAnotherBodyIsNotTheStorysBody() {
        assertThat(tag("PRISTINA - Protesters gathered outside the Parliament building in Kosovo on Saturday.").organisations()).isEmpty();
        assertThat(tag("Hungary will hold the rotating EU Presidency in the second half of the year.").organisations())
                .extracting(OrganisationTag::name).containsExactly("European Union");
    }

    @Test
    void anOutletNamedByOneWordIsNotABody() {
        assertThat(tag("The opposition said it expects Belgrade to withdraw the proposal, reports Koha.").organisations())
                .extracting(OrganisationTag::name).containsExactly("Koha");
    }
}
