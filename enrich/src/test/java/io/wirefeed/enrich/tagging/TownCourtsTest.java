package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Courts and prosecutors' offices named in a Balkan language by their kind and town are that town's bodies. */
class TownCourtsTest {
    private static final Instant DAY = Instant.parse("2026-11-02T10:00:00Z");

    private static List<String> orgs(String language, String body) {
        return TestTagger.organisationNames(language, body, DAY);
    }

    @Test
    void aSerbianCourtAndProsecutorInTheLocativeAreTheirTownsBodies() {
        assertThat(orgs("sr-Latn", "ČAČAK - Osnovni sud u Čačku vratio je optužnicu Osnovnom javnom tužilaštvu u Čačku na doradu."))
                .contains("Basic Court in Čačak", "Basic Public Prosecutor's Office in Čačak");
        assertThat(orgs("sr-Cyrl", "Апелациони суд у Новом Саду укинуо је пресуду бившем директору."))
                .contains("Court of Appeal in Novi Sad");
    }

    @Test
    void croatianAndSlovenianCountyAndDistrictBodies() {
        assertThat(orgs("hr", "Županijsko državno odvjetništvo u Zadru podiglo je optužnicu, a Općinski sud u Zadru zakazao ročište."))
                .contains("County State Attorney's Office in Zadar", "Municipal Court in Zadar");
        assertThat(orgs("sl", "Obtožnico je potrdilo okrožno sodišče v Kopru.")).contains("District Court in Koper");
    }

    @Test
    void macedonianBodiesTakeTheTownAfterThemAndBulgarianOnesBefore() {
        assertThat(orgs("mk", "Случајот е пред Основниот граѓански суд Тетово.")).contains("Basic Civil Court Tetovo");
        assertThat(orgs("bg", "Окръжната прокуратура в Бургас повдигна обвинение на шофьора."))
                .contains("Burgas Regional Prosecutor's Office");
    }

    @Test
    void anAlbanianBasicCourtIsItsTownsCourt() {
        assertThat(orgs("sq", "Gjykata Themelore në Gjilan e dënoi të akuzuarin me dy vjet burg.")).contains("Basic Court of Gjilan");
    }

    @Test
    void aCourtWithoutATownOrWithADayAfterItIsNoName() {
        assertThat(orgs("sr-Latn", "Osnovni sud je u utorak odbio žalbu, a viši sud u utorak nije zasedao.")).isEmpty();
    }

    @Test
    void aRomanianCourtIsItsTownsButNotTheProsecutorsOfficeAttachedToIt() {
        assertThat(orgs("ro", "Curtea de Apel Craiova a respins apelul, iar Tribunalul Arad a amânat procesul."))
                .contains("Craiova Court of Appeal", "Arad Tribunal");
        assertThat(orgs("ro", "Procurorii de la Parchetul de pe lângă Tribunalul Iași au deschis o anchetă."))
                .doesNotContain("Iași Tribunal");
    }

    @Test
    void aCourtAtTheEndOfALongerCapitalisedRunIsStillNamed() {
        assertThat(orgs("sr-Latn", "BEOGRAD - Pred Posebnim odeljenjem za ratne zločine Višeg suda u Beogradu počelo je suđenje."))
                .contains("Higher Court in Belgrade");
    }
}
