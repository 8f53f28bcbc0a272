package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Capitalised words of a body, a town or a portfolio written before a new person's name are no part of it: the
 * name begins at its given name, also when that is declined or two words after the first.
 */
class NameStartsAtGivenNameTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    private static List<String> people(String language, String body) {
        return TestTagger.personNames(language, body, DAY);
    }

    @Test
    void aTownInTheGenitiveBeforeADeclinedGivenNameIsNoPartOfTheName() {
        assertThat(people("hr", "Policija je ispitala bivšeg načelnika Omišlja Marina Kovačevića zbog prodaje zemljišta."))
                .containsExactly("Marin Kovačević");
    }

    @Test
    void twoWordsOfAPortfolioBeforeTheGivenNameAreNoPartOfTheName() {
        assertThat(people("el", "Ο αντιδήμαρχος Κοινωνικής Πολιτικής Θανάσης Γεωργίου δήλωσε ότι το κέντρο ανοίγει τον Μάιο."))
                .containsExactly("Thanasis Georgiou");
        assertThat(people("sl", "Podžupan Občine Kamnik Tomaž Zupan je povedal, da bo vrtec odprt jeseni."))
                .containsExactly("Tomaž Zupan");
    }

    @Test
    void aGivenNameEndingATownsNameBeforeAnotherGivenNameOpensNoName() {
        // Sada is a given name in the lists, and the genitive of Novi Sad
        assertThat(people("sr-Latn", "Na sednici Skupštine Grada Novog Sada Jovana Ristić predložila je novi budžet."))
                .containsExactly("Jovana Ristić");
    }
}
