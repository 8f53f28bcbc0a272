package io.wirefeed.enrich.tagging;

import static io.wirefeed.enrich.tagging.StoryPasses.Upto.FOCUS;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.tagging.FocusPass.Evidence;
import io.wirefeed.enrich.tagging.FocusPass.Reference;
import org.junit.jupiter.api.Test;

/** The focus pass: the countries a story is about, from weighted references, and their regions. */
class FocusPassTest {

    @Test
    void aCountryInTheHeadlineOutweighsAPersonOfAnotherInTheBody() {
        Draft d = StoryPasses.run(FOCUS, "Serbia holds talks", "Officials met.\n\nLater, Dritan Berisha spoke.");
        assertThat(d.focusCountries).containsExactly("RS");
        assertThat(d.focusRegions).containsExactlyInAnyOrder("western-balkans", "southern-europe", "europe");
    }

    @Test
    void aCountryTheStoryIsAboutOnlyThroughItsPeopleJoinsItsCountriesAndRegions() {
        io.wirefeed.model.EnrichedStory s = io.wirefeed.enrich.TestTagger.tag("hr",
                "Premijer Andrej Plenković rekao je u ponedjeljak da će proračun biti usvojen do kraja godine. "
                        + "Plenković je dodao da su plaće porasle.", java.time.Instant.parse("2026-12-07T10:00:00Z"));
        assertThat(s.focus().countries()).containsExactly("HR");
        assertThat(s.countries()).containsExactly("HR");
        assertThat(s.regions()).contains("eu", "europe");
    }

    @Test
    void twoCountriesNamedAlikeAreBothInFocus() {
        Draft d = StoryPasses.run(FOCUS, "Serbia and Albania hold talks", "Serbia and Albania agreed.");
        assertThat(d.focusCountries).containsExactly("RS", "AL");
    }

    @Test
    void aNameCountsMoreThanADemonymAndAPlaceInBetween() {
        assertThat(Evidence.COUNTRY_NAME.weight).isGreaterThan(Evidence.PLACE.weight);
        assertThat(Evidence.PLACE.weight).isGreaterThan(Evidence.DEMONYM.weight);
        assertThat(Evidence.DEMONYM.weight).isGreaterThan(Evidence.PERSON.weight);
        assertThat(Evidence.PERSON.weight).isGreaterThan(Evidence.ORGANISATION.weight);
    }

    @Test
    void twoLeadersTitledByTheirCountriesBringBothCountries() {
        Draft d = StoryPasses.run(FOCUS, "Jovanović and Berisha meet again",
                "Serbian President Mira Jovanović and Kosovo Prime Minister Ilir Berisha met on Monday.\n\n"
                        + "Berisha said the talks were difficult. Jovanović said she expected little.");
        assertThat(d.focusCountries).containsExactlyInAnyOrder("RS", "XK");
    }

    @Test
    void anEnvoyActingForTheEuDoesNotBringHisOwnCountry() {
        Draft d = StoryPasses.run(FOCUS, "Tassou: talks go on",
                "EU envoy Petros Tassou met negotiators from Serbia and Kosovo on Tuesday.\n\n"
                        + "Tassou said Kosovo and Serbia agreed on next steps. Tassou will return to Belgrade next month.");
        assertThat(d.focusCountries).containsExactlyInAnyOrder("RS", "XK");
    }

    @Test
    void aVenueNamedInOneSentenceIsNotInFocus() {
        Draft d = StoryPasses.run(FOCUS, "Greece warns Albania",
                "Greece will not accept changes to the deal, its foreign minister said in Thailand with his Thai "
                        + "counterpart and Thai officials.\n\nGreece expects Albania to keep the deal. "
                        + "Albania has a new government.");
        assertThat(d.focusCountries).containsExactlyInAnyOrder("GR", "AL");
    }

    @Test
    void aDemonymAfterAnotherCountrysNameIsAnEthnicGroupNotItsState() {
        Draft d = StoryPasses.run(FOCUS, "Kosovo Albanian parties reject the plan",
                "Kosovo Albanian parties said on Monday they would not sign.\n\n"
                        + "The Kosovo Albanian leaders meet again on Friday.");
        assertThat(d.references).extracting(Reference::country).doesNotContain("AL");
        assertThat(d.focusCountries).containsExactly("XK");
    }

    @Test
    void aStoryThatRefersToNoCountryHasNoFocus() {
        Draft d = StoryPasses.run(FOCUS, "Weather", "Rain is expected on Monday.");
        assertThat(d.focusCountries).isEmpty();
        assertThat(d.focusRegions).isEmpty();
    }
}
