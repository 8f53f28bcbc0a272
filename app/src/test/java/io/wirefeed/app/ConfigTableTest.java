package io.wirefeed.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.junit.jupiter.api.Test;

class ConfigTableTest {

    @Test
    void theReadmeConfigurationTableIsTheOneGeneratedFromTheDefinition() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        assertThat(ConfigTable.current(readme))
                .as("README's configuration table differs from WirefeedConfig.CONFIG; regenerate it from the project root with "
                        + "./mvnw -q -B -o -pl app -am -DskipTests package && java -cp app/target/wirefeed.jar io.wirefeed.app.ConfigTable README.md")
                .isEqualTo(ConfigTable.markdown(WirefeedConfig.CONFIG));
    }

    @Test
    void everyKeyIsARowWithItsTypeDefaultValidValuesAndMeaning() {
        ConfigDef def = new ConfigDef()
                .define("a.count", Type.INT, 6, ConfigDef.Range.atLeast(1), Importance.HIGH, "how many | at most")
                .define("b.file", Type.STRING, null, Importance.LOW, "a file")
                .define("c.size", Type.INT, null, null, Importance.LOW, "a size", null, -1, ConfigDef.Width.NONE, "c.size",
                        List.of(), null, "(`a.count`)");
        assertThat(ConfigTable.markdown(def).lines().toList()).containsExactly(
                "| key | type | default | valid values | meaning |",
                "|---|---|---|---|---|",
                "| `a.count` | int | `6` | [1,...] | how many \\| at most |",
                "| `b.file` | string | (none) |  | a file |",
                "| `c.size` | int | (`a.count`) |  | a size |");
    }

    @Test
    void theTableIsReplacedBetweenItsMarkersAndNothingElseChanges() {
        String text = "# Title\n\n" + ConfigTable.BEGIN + "\n| old |\n" + ConfigTable.END + "\n\nafter\n";
        String replaced = ConfigTable.replaced(text, "| new |\n");
        assertThat(replaced).isEqualTo("# Title\n\n" + ConfigTable.BEGIN + "\n| new |\n" + ConfigTable.END + "\n\nafter\n");
        assertThat(ConfigTable.current(replaced)).isEqualTo("| new |\n");
    }
}
