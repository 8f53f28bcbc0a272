package io.wirefeed.enrich.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An overlay's organisations: credit aliases are read, and only an outlet may have them. */
class KnowledgeBaseOverlayTest {

    @Test
    void readsAnOutletsCreditAliases(@TempDir Path dir) throws Exception {
        Path overlay = dir.resolve("overlay.yaml");
        Files.writeString(overlay, """
                organisations:
                  - {id: wire-one, name: Wire One, kind: agency, aliases: [Wire One Agency], credit_aliases: [WO]}
                """);
        KnowledgeBase kb = KnowledgeBaseLoader.load(overlay);
        assertThat(kb.organisations()).filteredOn(o -> o.id().equals("wire-one")).singleElement()
                .satisfies(o -> assertThat(o.creditAliases()).containsExactly("WO"));
    }

    @Test
    void refusesCreditAliasesOnABodyThatIsNoOutlet(@TempDir Path dir) throws Exception {
        Path overlay = dir.resolve("overlay.yaml");
        Files.writeString(overlay, """
                organisations:
                  - {id: list-one, name: List One, kind: party, credit_aliases: [LO]}
                """);
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(overlay)).hasMessageContaining("list-one")
                .hasMessageContaining("credit_aliases");
    }
}
