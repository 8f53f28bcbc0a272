package io.wirefeed.enrich.tagging;

import static io.wirefeed.enrich.tagging.StoryPasses.Upto.FOCUS;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.tagging.FocusPass.Evidence;
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
    void aStoryThatRefersToNoCountryHasNoFocus() {
        Draft d = StoryPasses.run(FOCUS, "Weather", "Rain is expected on Monday.");
        assertThat(d.focusCountries).isEmpty();
        assertThat(d.focusRegions).isEmpty();
    }
}
