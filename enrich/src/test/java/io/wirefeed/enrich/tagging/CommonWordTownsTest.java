package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Towns whose names are ordinary words of the story's language, over the real knowledge base: the word where it
 * opens a sentence, the town where a Balkan language writes it with a capital inside one, and a town's name that a
 * dictionary merely lists in lower case too is no ordinary word.
 */
class CommonWordTownsTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    private static List<String> countries(String language, String body) {
        return TestTagger.tag(language, body, DAY).countries();
    }

    @Test
    void anOrdinaryWordOpeningASentenceIsNoTown() {
        assertThat(countries("sr-Latn", "Razlog za kašnjenje je kvar na pruzi, rekli su iz železnice.")).isEmpty();
    }

    @Test
    void insideASentenceACapitalMakesItTheTown() {
        assertThat(countries("el", "Χθες ο Βόλος γιόρτασε την επέτειο της απελευθέρωσής του.")).containsExactly("GR");
    }

    @Test
    void aTownsNameTheDictionaryAlsoListsInLowerCaseIsNoOrdinaryWord() {
        assertThat(countries("sr-Latn", "Zadar je ove godine imao rekordnu turističku sezonu.")).containsExactly("HR");
    }

    @Test
    void aCapitalsNameInTheStorysLanguageOpeningASentenceIsTheCapital() {
        assertThat(countries("sr-Latn", "Beč je ove nedelje domaćin pregovora o gasu.")).containsExactly("AT");
        assertThat(countries("sr-Latn", "Atina i Lisabon traže više novca iz fondova.")).contains("GR", "PT");
    }

    @Test
    void aSerbianWordThatCroatianHasAsAnOrdinaryWordStaysOne() {
        // "istok" (east) is also a town of Kosovo, and the Serbian dictionary lists it with a capital too
        assertThat(countries("sr-Latn", "Istok zemlje ostao je bez struje posle oluje.")).isEmpty();
    }
}
