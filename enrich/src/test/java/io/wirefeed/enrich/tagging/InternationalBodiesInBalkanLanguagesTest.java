package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** International courts and councils as Balkan copy names them: ijekavian, Macedonian, Croatian forms. */
class InternationalBodiesInBalkanLanguagesTest {
    private static final Instant DAY = Instant.parse("2026-11-02T10:00:00Z");

    private static List<String> orgs(String language, String body) {
        return TestTagger.organisationNames(language, body, DAY);
    }

    @Test
    void councilsCourtsAndMissions() {
        assertThat(orgs("sr-Latn", "Rezolucija je usvojena u Savjetu bezbjednosti UN, a Misija OEBS-a na Kosovu ju je pozdravila."))
                .contains("United Nations Security Council", "OSCE Mission in Kosovo");
        assertThat(orgs("mk", "Пресудата на Европскиот суд за човекови права е конечна, рече министерот."))
                .contains("European Court of Human Rights");
        assertThat(orgs("hr", "Presudu je u utorak donio Europski sud pravde u Luksemburgu."))
                .contains("Court of Justice of the European Union");
    }
}
