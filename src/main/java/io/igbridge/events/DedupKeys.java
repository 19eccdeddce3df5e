package io.igbridge.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Builds the natural dedup keys described on {@link WebhookPayloadParser}. */
final class DedupKeys {

    static final int MAX_LENGTH = 200;

    private DedupKeys() {
    }

    /**
     * {@code prefix:part1:part2…}; if a part is missing, {@code prefix:sha256:<hash of the item's JSON>}; if the
     * key grows longer than {@link #MAX_LENGTH}, {@code prefix:sha256:<hash of the long key>}.
     */
    static String of(String sourceJson, String prefix, String... parts) {
        StringBuilder key = new StringBuilder(prefix);
        for (String part : parts) {
            if (part == null || part.isEmpty()) {
                return hashed(prefix, sourceJson);
            }
            key.append(':').append(part);
        }
        return key.length() <= MAX_LENGTH && isPlain(key) ? key.toString() : hashed(prefix, key.toString());
    }

    /** Control characters (a NUL in a mid, say) never reach a key: databases and logs choke on them. */
    private static boolean isPlain(CharSequence key) {
        return key.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
    }

    static String hashed(String prefix, String text) {
        return prefix + ":sha256:" + sha256Prefix(text);
    }

    /** The first 32 hex characters (128 bits) of the SHA-256 of a text's UTF-8 bytes. */
    static String sha256Prefix(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM has SHA-256", impossible);
        }
    }
}
