package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import io.wirefeed.model.EnrichedStory;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A town's own bodies named by a capitalised head and the town, in any case, are "City of X" or "Municipality of X". */
class TownBodiesTest {
    private static final Instant DAY = Instant.parse("2026-11-02T10:00:00Z");

    private static List<String> orgs(String language, String body) {
        return TestTagger.organisationNames(language, body, DAY);
    }

    @Test
    void aCapitalisedCityOrMunicipalityBeforeATownIsItsBody() {
        assertThat(orgs("hr", "ZADAR - Iz proračuna Grada Zadra obnovit će se tri škole, objavljeno je u petak."))
                .contains("City of Zadar");
        assertThat(orgs("sr-Cyrl", "ЧАЧАК - Општина Параћин и Град Чачак потписали су споразум о водоводу."))
                .contains("Municipality of Paraćin", "City of Čačak");
        assertThat(orgs("bg", "ВАРНА - Община Бургас обяви търг за ремонт на пристанището."))
                .contains("Municipality of Burgas");
    }

    @Test
    void anAssemblyOfACityIsTheCityAssembly() {
        assertThat(orgs("sr-Latn", "KRAGUJEVAC - Skupština Grada Kragujevca usvojila je rebalans budžeta u utorak."))
                .contains("City Assembly of Kragujevac").doesNotContain("City of Kragujevac");
    }

    @Test
    void theTownAsAPlaceOrAMayorsTitleNamesNoBody() {
        EnrichedStory s = TestTagger.tag("sr-Latn", "LESKOVAC - U gradu Nišu je održan koncert, a grad je bio pun turista.", DAY);
        assertThat(s.organisations()).isEmpty();
        assertThat(orgs("sl", "KRANJ - Župan Občine Kranj je dejal, da bo most kmalu odprt.")).isEmpty();
        // "Grada" is no Slovenian town Grad
        assertThat(TestTagger.tag("hr", "SPLIT - Proračun Grada Splita usvojen je u petak.", DAY).countries()).containsExactly("HR");
    }
}
