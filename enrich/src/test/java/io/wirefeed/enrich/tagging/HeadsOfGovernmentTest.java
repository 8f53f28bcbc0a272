package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import io.wirefeed.model.EnrichedStory;
import io.wirefeed.model.EnrichedStory.PersonTag;
import io.wirefeed.model.WireStory;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A story naming a Balkan head of government, in English and in the country's language, finds the person
 * with the right country and the role the text states. (Who holds each office is the knowledge base's
 * business; the sentences are the team's.)
 */
class HeadsOfGovernmentTest {
    private static final Instant DAY = Instant.parse("2026-11-27T10:00:00Z");

    private static PersonTag find(String body, String name) {
        EnrichedStory s = TestTagger.get().tag(new WireStory("t", 1, "Statement", body, null, null, "plain", null, null, DAY, DAY));
        return s.people().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not found in: " + body + " -> " + s.people()));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
            "RS | Prime Minister | Đuro Macut       | Predsednik Vlade Đuro Macut rekao je danas da je budžet usvojen.",
            "HR | Prime Minister | Andrej Plenković | Predsjednik Vlade Andrej Plenković izjavio je danas da je proračun usvojen.",
            "BA | Chairman of the Council of Ministers | Borjana Krišto   | Predsjedavajuća Vijeća ministara Borjana Krišto rekla je da je budžet usvojen.",
            "ME | Prime Minister | Milojko Spajić   | Premijer Milojko Spajić rekao je danas da je budžet usvojen.",
            "MK | Prime Minister | Hristijan Mickoski | Премиерот Христијан Мицкоски изјави дека буџетот е усвоен.",
            "AL | Prime Minister | Edi Rama         | Kryeministri Edi Rama tha sot se buxheti u miratua.",
            "XK | Prime Minister | Albin Kurti      | Kryeministri Albin Kurti tha sot se buxheti u miratua.",
            "BG | Prime Minister | Rumen Radev      | Министър-председателят Румен Радев заяви, че бюджетът е приет.",
            "GR | Prime Minister | Kyriakos Mitsotakis | Ο πρωθυπουργός Κυριάκος Μητσοτάκης δήλωσε ότι ο προϋπολογισμός εγκρίθηκε.",
            "RO | Prime Minister | Ilie Bolojan     | Premierul Ilie Bolojan a declarat că bugetul a fost adoptat.",
            "SI | Prime Minister | Robert Golob     | Predsednik vlade Robert Golob je dejal, da je bil proračun sprejet."})
    void findsTheHeadOfGovernmentInTheCountrysLanguage(String country, String role, String name, String sentence) {
        PersonTag p = find(sentence, name);
        assertThat(p.country()).isEqualTo(country);
        assertThat(p.inKb()).isTrue();
        assertThat(p.roles()).contains(role);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "RS | Đuro Macut", "HR | Andrej Plenković", "ME | Milojko Spajić", "MK | Hristijan Mickoski",
            "AL | Edi Rama", "XK | Albin Kurti", "BG | Rumen Radev", "GR | Kyriakos Mitsotakis"})
    void findsTheHeadOfGovernmentInEnglish(String country, String name) {
        PersonTag p = find("Prime Minister " + name + " said on Thursday that the budget had been adopted.", name);
        assertThat(p.country()).isEqualTo(country);
        assertThat(p.roles()).containsExactly("Prime Minister");
    }
}
