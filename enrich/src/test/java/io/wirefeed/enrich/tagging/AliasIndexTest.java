package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.tagging.AliasIndex.CaseRule;
import io.wirefeed.enrich.tagging.AliasIndex.Kind;
import io.wirefeed.enrich.tagging.AliasIndex.Match;
import io.wirefeed.enrich.tagging.AliasIndex.Target;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The alias index on its own: base and inflected forms, and the adjective case forms of a longer name's words. */
class AliasIndexTest {
    private static final Target NEW_ZEALAND = new Target(Kind.COUNTRY, "NZ", CaseRule.CAPITALISED, true);
    private static final Target TOWN_COUNCIL = new Target(Kind.ORGANISATION, "gradsko-vece", CaseRule.CAPITALISED, true);
    private static final Target GRADSKO = new Target(Kind.PLACE, "gradsko", CaseRule.CAPITALISED, true);

    private static List<Match> matches(AliasIndex index, String text) {
        List<Match> out = new ArrayList<>();
        index.match(Tokens.of(text), out::add);
        return out;
    }

    private static AliasIndex index() {
        AliasIndex index = new AliasIndex();
        index.add("Novi Zeland", NEW_ZEALAND);
        index.add("Gradsko veće", TOWN_COUNCIL);
        index.add("Gradsko", GRADSKO);
        return index;
    }

    @Test
    void readsTheFirstWordOfALongerNameInItsAdjectiveCase() {
        assertThat(matches(index(), "Premijer je otputovao na Novom Zelandu."))
                .singleElement().satisfies(m -> {
                    assertThat(m.from()).isEqualTo(4);
                    assertThat(m.to()).isEqualTo(5);
                    assertThat(m.targets()).extracting(Target::ref).containsExactly(NEW_ZEALAND.ref());
                });
        assertThat(matches(index(), "Sednica Gradskog veća je zakazana.")).singleElement()
                .satisfies(m -> assertThat(m.targets()).extracting(Target::ref).containsExactly(TOWN_COUNCIL.ref()));
    }

    @Test
    void anAdjectiveCaseFormIsNeverANamesLastWord() {
        // "Gradskog" is the adjective of the council's name, not the town of Gradsko declined
        assertThat(matches(index(), "Sednica Gradskog odbora je zakazana.")).isEmpty();
        assertThat(matches(index(), "Novom")).isEmpty();
    }

    @Test
    void theBaseFormStillMatchesAloneAndInsideTheName() {
        assertThat(matches(index(), "Selo Gradsko je blizu.")).singleElement()
                .satisfies(m -> assertThat(m.targets()).extracting(Target::ref).containsExactly(GRADSKO.ref()));
        assertThat(matches(index(), "Gradsko veće Kraljeva")).singleElement()
                .satisfies(m -> assertThat(m.targets()).extracting(Target::ref).containsExactly(TOWN_COUNCIL.ref()));
    }

    @Test
    void anAliasAddedAfterMatchingIsFound() {
        AliasIndex index = index();
        assertThat(matches(index, "Na Novom Zelandu")).hasSize(1);
        index.add("Novo Selo", new Target(Kind.PLACE, "novo-selo", CaseRule.CAPITALISED, true));
        assertThat(matches(index, "u Novom Selu")).singleElement()
                .satisfies(m -> assertThat(m.targets()).extracting(Target::ref).containsExactly("novo-selo"));
    }
}
