package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import io.wirefeed.model.EnrichedStory;
import io.wirefeed.model.EnrichedStory.PersonTag;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A father's name after "bin" in a knowledge-base alias is no surname: another man may be his father's son too. */
class PatronymicNamesTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    private static List<String> people(String body) {
        EnrichedStory s = TestTagger.tag("en", body, DAY);
        return s.people().stream().map(PersonTag::id).toList();
    }

    @Test
    void anotherSonOfAFatherNamedInAnAliasIsNotTheKnownPerson() {
        // the knowledge base has Qatar's emir, also written "Tamim bin Hamad"
        assertThat(people("The talks in Muscat were chaired by the Omani official Faisal bin Hamad al-Rawahi on Sunday."))
                .doesNotContain("person:tamim-bin-hamad-al-thani");
    }

    @Test
    void theKnownPersonIsStillFoundByTheAlias() {
        assertThat(people("Tamim bin Hamad received the delegation in Doha.")).contains("person:tamim-bin-hamad-al-thani");
    }
}
