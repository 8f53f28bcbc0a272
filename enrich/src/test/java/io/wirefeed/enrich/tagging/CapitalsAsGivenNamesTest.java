package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import io.wirefeed.model.EnrichedStory;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A capital's name given to a person ("Sofija", "Πάρις", "Chad") before a surname: known by a Greek surname's
 * ending, by the surname standing alone later in the story, or by a surname the knowledge base has for someone else.
 */
class CapitalsAsGivenNamesTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    private static EnrichedStory tag(String language, String body) {
        return TestTagger.tag(language, body, DAY);
    }

    @Test
    void aCapitalBeforeASurnameUsedAgainIsAGivenName() {
        EnrichedStory s = tag("hr", "Glasnogovornica policije Sofija Kovačević rekla je u Osijeku da je uhićen mladić. "
                + "Kovačević je dodala da je novac pronađen.");
        assertThat(s.countries()).containsExactly("HR");
        assertThat(s.people()).extracting(EnrichedStory.PersonTag::name).contains("Sofija Kovačević");
    }

    @Test
    void aCapitalBeforeAGreekSurnameIsAGivenName() {
        EnrichedStory s = tag("el", "Ο αντιδήμαρχος Πάρις Παπαδόπουλος δήλωσε στην Καβάλα ότι το λιμάνι θα αποκτήσει νέα προβλήτα.");
        assertThat(s.countries()).containsExactly("GR");
        assertThat(NameForms.greekSurname("kyriakidis", "en")).isTrue();
        assertThat(NameForms.greekSurname("stayridoy", "en")).isTrue(); // Σταυρίδου
        assertThat(NameForms.greekSurname("antoniou", "en")).isFalse();
        assertThat(NameForms.greekSurname("antoniou", "el")).isTrue();
    }

    @Test
    void athensGivenToAWomanInGreekCopy() {
        EnrichedStory s = tag("el", "Η εκπρόσωπος των γονέων Αθηνά Σταυρίδου δήλωσε στα Χανιά ότι τα σχολεία θα μείνουν κλειστά.");
        assertThat(s.people()).extracting(EnrichedStory.PersonTag::name).contains("Athina Stavridou");
    }

    @Test
    void aCountryBeforeAKnownSurnameOfSomeoneElseIsAGivenName() {
        assertThat(tag("en", "Hockey coach Chad Morrison was dismissed on Sunday after his Toronto team lost eight games.")
                .countries()).doesNotContain("TD");
    }

    @Test
    void theCapitalItselfStays() {
        assertThat(tag("sr-Latn", "Srpski ministar otputovao je danas u Sofiju. U Sofiji će razgovarati o gasovodu.")
                .countries()).contains("BG");
        assertThat(tag("en", "Sofia Mayor Vasil Terziev said old cars would be banned from the centre.").countries())
                .contains("BG");
        assertThat(tag("en", "French ministers met in Paris on Monday. Paris is seeking savings of 40 billion euros.")
                .countries()).containsExactly("FR");
        assertThat(tag("en", "The governments of Chad and Niger signed an agreement in N'Djamena on Tuesday.").countries())
                .contains("TD", "NE");
    }
}
