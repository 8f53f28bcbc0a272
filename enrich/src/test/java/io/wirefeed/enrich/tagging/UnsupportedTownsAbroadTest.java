package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import io.wirefeed.model.WireStory;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A town abroad in Balkan-language copy needs support in the story (its country, another place of it, or the size of
 * a large city): alone, a word that only looks like a small foreign town is an ordinary word, a case form or a
 * nickname. Over the real knowledge base.
 */
class UnsupportedTownsAbroadTest {
    private static final Instant DAY = Instant.parse("2026-12-08T10:00:00Z");

    private static List<String> countries(String language, String body) {
        return TestTagger.tag(language, body, DAY).countries();
    }

    @Test
    void anOrdinaryWordOpeningASentenceIsNoTownAbroad() {
        // "puno" (a lot) and Albanian "para" (before): Puno in Peru, Pará in Brazil
        assertThat(countries("hr", "Puno je posla pred novim vodstvom luke, rekao je u Splitu ravnatelj.")).containsExactly("HR");
        assertThat(countries("sq", "Para mbledhjes, kryetari i bashkisë foli me banorët në Shkodër.")).containsExactly("AL");
    }

    @Test
    void aCaseFormOfASmallTownAbroadWithNothingElseOfItsCountryIsNone() {
        // "Banske" and Albanian "Banjskë" are no Bansko
        assertThat(countries("hr", "Ministri su u Banske dvore stigli u osam sati, a sjednica u Zagrebu trajala je do podneva."))
                .containsExactly("HR");
        assertThat(countries("sq", "Në Banjskë të Zveçanit u hap një shkollë e re.")).containsExactly("XK");
    }

    @Test
    void aPlaceAfterAPersonsNameIsANicknameNotAWordOfTheName() {
        EnrichedStoryView v = new EnrichedStoryView("sr-Latn", "", "Odbornik Zoran Jović Palma kritikovao je u Čačku gradski budžet.");
        assertThat(v.countries).containsExactly("RS");
        assertThat(v.people).containsExactly("Zoran Jović");
    }

    @Test
    void aNeighboursTownStaysInCopyOfTheFormerYugoslavia() {
        assertThat(countries("sr-Latn", "Ohrid je ove jeseni ugostio više turista nego ikada.")).containsExactly("MK");
    }

    @Test
    void theTownStaysWhenItsCountryIsNamed() {
        assertThat(countries("hr", "Reprezentativci se pripremaju u Bansku u Bugarskoj.")).contains("BG");
    }

    @Test
    void aLargeTownAbroadNamedInsideASentenceStandsAlone() {
        assertThat(countries("sl", "Tovorni vlaki bodo odslej vozili tudi na Reko.")).contains("HR");
        assertThat(countries("hr", "Hrvatski dizajneri izlažu u Milanu do nedjelje.")).contains("IT");
    }

    @Test
    void aGivenNameThatIsATownBeforeASurnameInABalkanHeadlineIsThePerson() {
        EnrichedStoryView v = new EnrichedStoryView("hr", "Tena Mikulić: Odlazim iz stranke",
                "Tena Mikulić, vijećnica iz Splita, napustila je stranku u petak.");
        assertThat(v.countries).containsExactly("HR");
    }

    /** The countries and people of a story with a headline. */
    private static final class EnrichedStoryView {
        final List<String> countries;
        final List<String> people;

        EnrichedStoryView(String language, String headline, String body) {
            var story = TestTagger.get().tag(new WireStory("t", 1, headline, body, language, null, "plain", null, null, DAY, DAY));
            countries = story.countries();
            people = story.people().stream().map(p -> p.name()).toList();
        }
    }
}
