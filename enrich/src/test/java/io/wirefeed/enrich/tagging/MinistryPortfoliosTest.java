package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A ministry named by the list of its portfolios ({@code tagging/portfolios.tsv}) is that one ministry. */
class MinistryPortfoliosTest {
    private static final Instant DAY = Instant.parse("2026-11-02T10:00:00Z");

    private static List<String> orgs(String language, String body) {
        return TestTagger.organisationNames(language, body, DAY);
    }

    @Test
    void everyPortfolioOfTheListIsInTheName() {
        assertThat(orgs("hr", "Ministarstvo poljoprivrede, šumarstva i ribarstva objavilo je natječaj."))
                .containsExactly("Ministry of Agriculture, Forestry and Fisheries of Croatia");
        assertThat(orgs("bg", "Министерството на околната среда и водите наложи глоба на завода."))
                .containsExactly("Ministry of Environment and Water of Bulgaria");
    }

    @Test
    void aPortfolioThatIsAlsoACommonWordNamesTheMinistryOnlyBesideAnother() {
        assertThat(orgs("hr", "Ministarstvo mora, prometa i infrastrukture odobrilo je novu liniju."))
                .containsExactly("Ministry of the Sea, Transport and Infrastructure");
        assertThat(orgs("hr", "Ministarstvo mora odgovoriti na pitanja zastupnika do petka.")).isEmpty();
    }

    @Test
    void aFederalMinistryIsTheFederationsNamedAsItNamesIt() {
        assertThat(orgs("bs", "Federalno ministarstvo energije, rudarstva i industrije pripremilo je plan."))
                .containsExactly("Federal Ministry of Energy, Mining and Industry");
    }
}
