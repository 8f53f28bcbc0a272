package io.wirefeed.enrich.tagging;

import static io.wirefeed.enrich.tagging.StoryPasses.Upto.RESOLVE;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.model.WireStory;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The resolve pass: one meaning for each match, and what it stands for in this story. */
class ResolvePassTest {

    private static Reading reading(Draft d, String words) {
        return d.readings.stream().filter(r -> StoryPasses.words(d, r).equals(words)).findFirst()
                .orElseThrow(() -> new AssertionError(words + " not read"));
    }

    private static WireStory story(String body, Instant at, String dateline, String provider) {
        return new WireStory("t", 1, "Statement", body, "en", provider, "plain", dateline, null, at, at);
    }

    @Test
    void aSurnameAloneIsThePersonNamedInFullEarlier() {
        Draft d = StoryPasses.run(RESOLVE, "Visit", "Mira Jovanović arrived on Monday. Jovanović said the talks went well.");
        assertThat(reading(d, "Jovanović").person.id()).isEqualTo("mira-jovanovic");
    }

    @Test
    void aSurnameTwoPeopleBearIsTheOneFromACountryTheStoryNames() {
        Draft d = StoryPasses.run(RESOLVE, "Session", "Berisha opened the session in Tirana.");
        assertThat(reading(d, "Berisha").person.id()).isEqualTo("dritan-berisha");
    }

    @Test
    void otherwiseASurnameIsTheOneBearerInOfficeOnTheStorysDay() {
        String body = "Berisha opened the session.";
        Draft in2021 = StoryPasses.run(RESOLVE, story(body, Instant.parse("2021-05-05T09:00:00Z"), null, null));
        Draft in2026 = StoryPasses.run(RESOLVE, story(body, StoryPasses.DAY, null, null));
        assertThat(reading(in2021, "Berisha").person.id()).isEqualTo("ilir-berisha");
        assertThat(reading(in2026, "Berisha").person.id()).isEqualTo("dritan-berisha");
    }

    @Test
    void aFullNameOutranksEveryOtherMeaning() {
        Draft d = StoryPasses.run(RESOLVE, "Talks", "Dritan Berisha and Mira Jovanović met.");
        assertThat(d.readings).extracting(r -> r.person.id()).containsExactly("dritan-berisha", "mira-jovanovic");
    }

    @Test
    void brusselsStandsForTheEuUnlessBelgiumIsNamed() {
        Draft eu = StoryPasses.run(RESOLVE, "Summit", "Leaders met in Brussels to discuss enlargement.");
        Draft belgium = StoryPasses.run(RESOLVE, "Strike", "Workers marched in Brussels as Belgium's unions struck.");
        assertThat(reading(eu, "Brussels").standsFor.id()).isEqualTo("eu");
        assertThat(reading(belgium, "Brussels").standsFor).isNull();
    }

    @Test
    void georgiaIsTheUsStateInAStoryAboutAtlanta() {
        Draft us = StoryPasses.run(RESOLVE, "Vote count", "Officials in Atlanta said Georgia would recount the ballots.");
        Draft caucasus = StoryPasses.run(RESOLVE, "Protests", "Crowds gathered in Tbilisi as Georgia's parliament met.");
        assertThat(reading(us, "Georgia").country).isEqualTo("US");
        assertThat(reading(caucasus, "Georgia").country).isEqualTo("GE");
    }

    @Test
    void theDatelineAndTheProviderAreResolvedToo() {
        Draft d = StoryPasses.run(RESOLVE, story("Talks went on.", StoryPasses.DAY, "BELGRADE", "tanjug"));
        assertThat(d.datelineCountry).isEqualTo("RS");
        assertThat(d.provider.id()).isEqualTo("tanjug");
    }

    @Test
    void aBrusselsDatelineIsTheEusSeatUnlessTheStoryNamesBelgium() {
        Draft eu = StoryPasses.run(RESOLVE, story("Serbia and Kosovo resumed talks.", StoryPasses.DAY, "BRUSSELS", null));
        Draft belgium = StoryPasses.run(RESOLVE, story("Belgium's unions called a strike.", StoryPasses.DAY, "BRUSSELS", null));
        assertThat(eu.datelineCountry).isNull();
        assertThat(belgium.datelineCountry).isEqualTo("BE");
    }

    @Test
    void aProviderTheKnowledgeBaseLacksStaysUnresolved() {
        Draft d = StoryPasses.run(RESOLVE, story("Talks went on.", StoryPasses.DAY, null, "some wire"));
        assertThat(d.provider).isNull();
        assertThat(d.datelineCountry).isNull();
    }
}
