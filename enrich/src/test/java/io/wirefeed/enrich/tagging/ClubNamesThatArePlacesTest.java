package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A club whose bare name is also a town, a region, a river or a word ("Vojvodina", "Rijeka", "Арда", "Черно море")
 * is named in a story about a match, in any case form; the town the match is played in stays a town, and outside
 * sport the word is no club.
 */
class ClubNamesThatArePlacesTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    private static List<String> orgs(String language, String body) {
        return TestTagger.organisationNames(language, body, DAY);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "sr-Latn|NOVI SAD – Fudbaleri Vojvodine pobedili su Čukarički sa 2:0 u utakmici 20. kola.|FK Vojvodina",
            "hr|RIJEKA – Nogometaši Hajduka pobijedili su Rijeku 2:1, a trener je pohvalio obranu.|HNK Rijeka",
            "bg|КЪРДЖАЛИ – Арда победи Славия с 1:0 в мача от 12-ия кръг, каза треньорът.|Arda Kardzhali",
            "bg|ВАРНА – Черно море завърши 0:0 с Берое в мач от 5-ия кръг на лигата.|Cherno More Varna",
            "en|BELGRADE – Partizan beat Vojvodina 2-0 on Saturday, their coach said after the league match.|FK Vojvodina"})
    void aClubNamedInAStoryAboutAMatchIsTheClub(String language, String body, String club) {
        assertThat(orgs(language, body)).contains(club);
    }

    @Test
    void aBareNameGoesToTheClubOfTheStorysCountry() {
        assertThat(orgs("sr-Latn", "BEOGRAD – Fudbaleri Partizana pobedili su 3:1, rekao je trener posle utakmice."))
                .contains("FK Partizan").doesNotContain("FK Partizani Tirana");
    }

    @Test
    void theTownTheMatchIsPlayedInIsATown() {
        assertThat(orgs("hr", "OSIJEK – Trener Hajduka rekao je nakon utakmice da je u Osijeku bilo teško igrati 1:1."))
                .doesNotContain("NK Osijek");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "sr-Latn|NOVI SAD – Pokrajinska vlada usvojila je budžet Vojvodine za narednu godinu.",
            "hr|RIJEKA – Grad je potpisao ugovor o gradnji novog terminala u Rijeci i Osijeku.",
            "bg|ВАРНА – Силна буря в Черно море затвори пристанището, а Арда излезе от коритото си."})
    void outsideSportThePlaceIsNoClub(String language, String body) {
        assertThat(orgs(language, body)).doesNotContain("FK Vojvodina", "HNK Rijeka", "NK Osijek", "Cherno More Varna",
                "Arda Kardzhali");
    }
}
