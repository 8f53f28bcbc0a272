package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import io.wirefeed.model.EnrichedStory;
import io.wirefeed.model.EnrichedStory.OrganisationTag;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A country word and a body noun in lower case describe a body ("the Serbian parliament"): the country counts, no organisation. */
class DescribedBodiesTest {
    private static final Instant DAY = Instant.parse("2026-11-02T10:00:00Z");

    @Test
    void aLowerCaseBodyAfterACountryWordIsADescription() {
        EnrichedStory s = TestTagger.tag("en", "The Kosovo parliament failed to reach a quorum for the second day running.", DAY);
        assertThat(s.organisations()).isEmpty();
        assertThat(s.countries()).contains("XK");
        EnrichedStory hr = TestTagger.tag("hr", "Izraelska vlada odobrila je plan, a oporba ga je kritizirala.", DAY);
        assertThat(hr.organisations()).isEmpty();
        assertThat(hr.countries()).contains("IL");
    }

    @Test
    void theBodyWrittenAsANameStillCounts() {
        assertThat(TestTagger.tag("en", "The Kosovo Assembly failed to reach a quorum on Monday.", DAY).organisations())
                .extracting(OrganisationTag::name).contains("Assembly of Kosovo");
        assertThat(TestTagger.tag("hr", "Hrvatski sabor izglasao je zakon u petak.", DAY).organisations())
                .extracting(OrganisationTag::name).contains("Croatian Parliament");
    }

    @Test
    void aCapitalisedAdjectiveInsideASentenceOfALanguageThatWritesItInLowerCaseNamesTheStatesBody() {
        assertThat(TestTagger.tag("sl", "NOVO MESTO - Cesto so očistili pripadniki Slovenske vojske in gasilci iz okoliških vasi.", DAY)
                .organisations()).extracting(OrganisationTag::name).contains("Slovenian Armed Forces");
        // in lower case it describes an army; a foreign state's body written so is described too
        assertThat(TestTagger.tag("sl", "NOVO MESTO - Minister je dejal, da slovenska vojska potrebuje nova vozila.", DAY)
                .organisations()).isEmpty();
        assertThat(TestTagger.tag("sr-Latn", "BEOGRAD - Plan je odobren, a Nemačka vlada ga je kritikovala u petak.", DAY)
                .organisations()).isEmpty();
    }
}
