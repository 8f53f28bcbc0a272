package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FoldingTableTest {

    @Test
    void theStoredTableIsWhatIcuComputes() throws IOException {
        String stored;
        try (InputStream in = FoldingTable.class.getClassLoader().getResourceAsStream(FoldingTable.RESOURCE)) {
            assertThat(in).as(FoldingTable.RESOURCE + " on the class path").isNotNull();
            stored = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(stored).as("out of date: rerun FoldingTable.main (see its Javadoc)")
                .isEqualTo(FoldingTable.format(FoldingTable.computed()));
    }

    @Test
    void theTableReadsBackAsWritten() {
        String[] computed = FoldingTable.computed();
        assertThat(FoldingTable.parse(FoldingTable.format(computed))).containsExactly(computed);
    }
}
