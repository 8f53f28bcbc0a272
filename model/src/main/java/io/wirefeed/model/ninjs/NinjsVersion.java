package io.wirefeed.model.ninjs;

import java.util.Arrays;
import java.util.Map;

/**
 * The IPTC ninjs versions wirefeed writes. 2.1 is the default; 3.1 (the schema IPTC publishes as 3.1, titled
 * 3.0.1) differs for wirefeed's fields only in the spelling of some property names (camelCase), so one
 * {@link NinjsDocument} serves both and {@link NinjsSerde} renames on the way out.
 */
public enum NinjsVersion {
    V2_1("2.1", Map.of()),
    V3_1("3.1", Map.of(
            "representationtype", "representationType",
            "firstcreated", "firstCreated",
            "versioncreated", "versionCreated",
            "contenttype", "contentType",
            "altids", "altIds",
            "infosources", "infoSources"));

    private final String number;
    private final Map<String, String> renamed;

    NinjsVersion(String number, Map<String, String> renamed) {
        this.number = number;
        this.renamed = renamed;
    }

    /** "2.1", "3.1": as the configuration and the document's {@code standard.version} write it. */
    public String number() {
        return number;
    }

    /** The official schema's id, also written into each document's {@code standard.schema}. */
    public String schemaUri() {
        return "http://www.iptc.org/std/ninjs/ninjs-schema_" + number + ".json";
    }

    /** The property name this version uses for a ninjs 2.x name. */
    String propertyName(String ninjs2Name) {
        return renamed.getOrDefault(ninjs2Name, ninjs2Name);
    }

    /** The version numbered {@code number} ("2.1", "3.1"). */
    public static NinjsVersion of(String number) {
        return Arrays.stream(values()).filter(v -> v.number.equals(number.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("ninjs version '" + number + "' is not written; one of "
                        + Arrays.stream(values()).map(NinjsVersion::number).toList()));
    }
}
