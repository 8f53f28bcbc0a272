package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A body the knowledge base lacks, opened in Albanian copy by a preposition or a title, is named in the nominative. */
class AlbanianBodiesTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aPrepositionOrATitleBeforeABodyIsNoPartOfItsName() {
        assertThat(TestTagger.organisationNames("sq", "Kryetari i Unionit të Peshkatarëve të Vlorës, Arben Muça, kërkoi "
                + "ndihmë nga qeveria.", DAY))
                .contains("Unioni i Peshkatarëve të Vlorës")
                .noneMatch(n -> n.startsWith("Kryetari"));
        assertThat(TestTagger.organisationNames("sq", "Studentët e Fakultetit të Gjeologjisë protestuan të hënën.", DAY))
                .contains("Fakulteti i Gjeologjisë")
                .noneMatch(n -> n.startsWith("Studentët"));
    }

    @Test
    void aTitleBeforeAHeadAloneNamesNoBody() {
        assertThat(TestTagger.organisationNames("sq", "Guvernatori i Bankës tha se inflacioni do të bjerë.", DAY)).isEmpty();
    }

    @Test
    void anAlbanianHeadInAnObliqueCaseTakesTheNominative() {
        assertThat(AlbanianBodies.nominative("Sipas Institutit të Gjeografisë")).isEqualTo("Instituti i Gjeografisë");
        assertThat(AlbanianBodies.nominative("Drejtori i Agjencisë së Ujërave")).isEqualTo("Agjencia e Ujërave");
        assertThat(AlbanianBodies.nominative("Universiteti i Shkodrës")).isEqualTo("Universiteti i Shkodrës");
    }
}
