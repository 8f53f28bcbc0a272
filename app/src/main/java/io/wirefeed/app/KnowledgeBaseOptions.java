package io.wirefeed.app;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The knowledge-base options of the commands that tag ({@code enrich}, {@code up}, {@code tag}). */
final class KnowledgeBaseOptions {
    @Option(names = "--kb-overlay", paramLabel = "FILE", description = "YAML file adding people and organisations")
    Path kbOverlay;

    @Option(names = "--gazetteer", paramLabel = "FILE", description = "GeoNames file (cities1000.txt layout) widening the gazetteer")
    Path gazetteer;

    /** The settings these options give. */
    Map<String, String> overrides() {
        Map<String, String> m = new LinkedHashMap<>();
        if (kbOverlay != null) {
            m.put(WirefeedConfig.KB_OVERLAY_CONFIG, kbOverlay.toString());
        }
        if (gazetteer != null) {
            m.put(WirefeedConfig.GAZETTEER_FILE_CONFIG, gazetteer.toString());
        }
        return m;
    }
}
