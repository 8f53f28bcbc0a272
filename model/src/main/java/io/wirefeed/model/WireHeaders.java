package io.wirefeed.model;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/** Header names on {@code wire.raw} records, and a reader for string headers. */
public final class WireHeaders {
    public static final String FORMAT = "format";
    public static final String PROVIDER = "provider";
    public static final String CONTENT_TYPE = "content-type";

    private WireHeaders() {}

    public static String text(Headers headers, String name) {
        Header h = headers.lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    public static void put(Headers headers, String name, String value) {
        if (value != null) {
            headers.remove(name);
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
