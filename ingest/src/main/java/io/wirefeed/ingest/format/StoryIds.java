package io.wirefeed.ingest.format;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Story ids for inputs that carry none: the provider plus a digest of the normalised headline and body,
 * so that the same story sent again (other line breaks, spacing, Unicode form) keeps its id.
 */
public final class StoryIds {
    private StoryIds() {}

    public static String derive(String provider, String headline, String body) {
        String normalised = normalise(headline) + "\n" + normalise(body);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return (provider == null ? "wire" : provider) + ":" + HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    private static String normalise(String s) {
        return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ").strip();
    }
}
