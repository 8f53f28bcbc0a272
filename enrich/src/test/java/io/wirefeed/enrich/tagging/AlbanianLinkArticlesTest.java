package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Albanian joins a name's words by an article that agrees with the case of the word before it: a body known as
 * "Qeveria e Kosovës" is named in the genitive as "Qeverisë së Kosovës".
 */
class AlbanianLinkArticlesTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    private static List<String> orgs(String body) {
        return TestTagger.organisationNames("sq", body, DAY);
    }

    @Test
    void aBodysLinkingArticleFollowsTheCaseOfItsHead() {
        assertThat(orgs("Zëdhënësi i Qeverisë së Kosovës nuk e komentoi vendimin e gjykatës.")).contains("Government of Kosovo");
        assertThat(orgs("Deputetët e Partisë Demokratike të Shqipërisë braktisën seancën.")).contains("Democratic Party of Albania");
    }

    @Test
    void anArticleAloneNamesNothing() {
        assertThat(orgs("Qeveria e re mori detyrën të hënën në Prishtinë.")).doesNotContain("Government of Kosovo");
    }
}
