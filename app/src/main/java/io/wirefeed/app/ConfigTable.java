package io.wirefeed.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import org.apache.kafka.common.config.ConfigDef;

/**
 * The README's configuration table, generated from a {@link ConfigDef} (Kafka renders its own as HTML; this is the
 * Markdown equivalent). {@code main} rewrites the table in a README between its two markers:
 * {@code java -cp app/target/wirefeed.jar io.wirefeed.app.ConfigTable README.md}.
 */
public final class ConfigTable {
    static final String BEGIN = "<!-- configuration table: generated from WirefeedConfig.CONFIG by ConfigTable, do not edit by hand -->";
    static final String END = "<!-- end of configuration table -->";

    private ConfigTable() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ConfigTable README.md");
            System.exit(ExitCodes.USAGE);
        }
        Path readme = Path.of(args[0]);
        Files.writeString(readme, replaced(Files.readString(readme, StandardCharsets.UTF_8), markdown(WirefeedConfig.CONFIG)),
                StandardCharsets.UTF_8);
    }

    /** One row a key, in the definition's order. */
    static String markdown(ConfigDef definition) {
        StringBuilder out = new StringBuilder("| key | type | default | valid values | meaning |\n|---|---|---|---|---|\n");
        for (ConfigDef.ConfigKey key : definition.configKeys().values()) {
            out.append("| `").append(key.name).append("` | ")
                    .append(key.type.toString().toLowerCase(java.util.Locale.ROOT)).append(" | ")
                    .append(cell(shownDefault(key))).append(" | ")
                    .append(key.validator == null ? "" : cell(key.validator.toString())).append(" | ")
                    .append(cell(key.documentation)).append(" |\n");
        }
        return out.toString();
    }

    /** The table between the markers of {@code text}. */
    static String current(String text) {
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("no configuration table markers (" + BEGIN + " ... " + END + ")");
        }
        return text.substring(begin + BEGIN.length() + 1, end);
    }

    /** {@code text} with the table between its markers replaced by {@code table}. */
    static String replaced(String text, String table) {
        String old = current(text);
        int at = text.indexOf(BEGIN) + BEGIN.length() + 1;
        return text.substring(0, at) + table + text.substring(at + old.length());
    }

    private static String shownDefault(ConfigDef.ConfigKey key) {
        if (key.alternativeString != null) {
            return key.alternativeString;
        }
        Object v = key.defaultValue;
        if (v == null || "".equals(v) || (v instanceof Collection<?> c && c.isEmpty())) {
            return "(none)";
        }
        return "`" + ConfigDef.convertToString(v, key.type) + "`";
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
