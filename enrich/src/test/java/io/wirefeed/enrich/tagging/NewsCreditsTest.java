package io.wirefeed.enrich.tagging;

import static io.wirefeed.enrich.tagging.StoryPasses.Upto.MATCH;
import static io.wirefeed.enrich.tagging.StoryPasses.Upto.ROLL_UP;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.model.WireStory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An outlet's name that is also something else ("AP") counts only where the story credits the outlet. */
class NewsCreditsTest {

    private static boolean creditsAp(String body) {
        Draft d = StoryPasses.run(MATCH, "Talks", body);
        for (int i = 0; i < d.tokens.size(); i++) {
            if (d.tokens.surface(i, i).equals("AP")) {
                return NewsCredits.credits(d.tokens, i, i);
            }
        }
        throw new AssertionError("no AP in " + body);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "BELGRADE (AP) - The talks resumed on Monday.",
            "The minister told AP the talks would resume.",
            "The minister told the AP the talks would resume.",
            "According to AP, the talks resumed on Monday.",
            "Talks resumed on Monday, the AP agency wrote.",
            "AP reported that the talks had resumed.",
            "An AP reporter saw the delegations arrive.",
            "Razgovori su nastavljeni, prenosi AP.",
            "Ministar je izjavio za AP da se razgovori nastavljaju.",
            "Bisedimet vazhduan, sipas AP."})
    void aNameWhereTheStoryCreditsAnOutletIsACredit(String body) {
        assertThat(creditsAp(body)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The assembly of AP Vojvodina met in Novi Sad.",
            "Sredstva su namenjena za AP Vojvodinu.",
            "Skupština AP Vojvodine usvojila je budžet.",
            "Odnos prema AP Vojvodini ostaje isti.",
            "AP. The talks resumed on Monday."})
    void anAutonomousProvinceOrAStrayAcronymIsNoCredit(String body) {
        assertThat(creditsAp(body)).isFalse();
    }

    @Test
    void aCreditAliasIsTaggedOnlyWhereTheStoryCreditsTheOutlet() {
        Draft credited = StoryPasses.run(ROLL_UP, "Talks", "BELGRADE (AP) - The assembly of AP Vojvodina met on Monday.");
        assertThat(credited.tally.orgTags(null)).extracting(t -> t.name()).containsExactly("Associated Press");
        assertThat(credited.mentions).filteredOn(m -> m.type().equals("organisation")).singleElement()
                .satisfies(m -> assertThat(credited.text.substring(m.start(), m.end())).isEqualTo("AP"));

        Draft province = StoryPasses.run(ROLL_UP, "Budget", "The assembly of AP Vojvodina adopted the budget on Monday.");
        assertThat(province.tally.orgTags(null)).isEmpty();
    }

    @Test
    void aProviderCodeThatIsACreditAliasIsTheOutlet() {
        Draft d = StoryPasses.run(ROLL_UP, new WireStory("t", 1, "Talks", "Talks resumed on Monday.", "en", "ap", "plain", null,
                null, StoryPasses.DAY, StoryPasses.DAY));
        assertThat(d.tally.orgTags(null)).extracting(t -> t.name(), t -> t.inKb())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Associated Press", true));
    }

    @Test
    void aWebOutletIsNamedWithItsDomainBeforeAVerbOfReporting() {
        Draft d = StoryPasses.run(StoryPasses.Upto.UNKNOWN_NAMES, new WireStory("t", 1, "Vote", "Dnevno.az reports that the vote "
                + "was close.", "en", null, "plain", null, null, StoryPasses.DAY, StoryPasses.DAY));
        assertThat(d.newNames).extracting(UnknownNamesPass.NewName::name).containsExactly("Dnevno.az");
    }
}
