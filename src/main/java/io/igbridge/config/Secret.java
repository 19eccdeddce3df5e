package io.igbridge.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A configured secret (app secret, token, verify token). Its {@code toString()} never shows the value,
 * so it can't leak into a log line, an exception message or a JSON response by accident.
 */
public final class Secret {

    private final String value;

    public Secret(String value) {
        this.value = value == null ? "" : value.strip();
    }

    /** The value, for the few places that must use it (HMAC keys, outgoing calls). */
    public String reveal() {
        return value;
    }

    public byte[] bytes() {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    public boolean isBlank() {
        return value.isEmpty();
    }

    /**
     * Constant-time comparison with a candidate from the outside (verify token, bearer token): the SHA-256 digests of
     * both are compared, 32 bytes each, by {@link MessageDigest#isEqual}, so the time taken depends neither on how
     * much of the candidate is right nor on its length.
     */
    public boolean matches(String candidate) {
        if (candidate == null || value.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(sha256(bytes()), sha256(candidate.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM has SHA-256", impossible);
        }
    }

    @Override
    public String toString() {
        return "[secret]";
    }
}
