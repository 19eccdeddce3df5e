package io.igbridge.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

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

    /** Constant-time comparison with a candidate from the outside (verify token, bearer token). */
    public boolean matches(String candidate) {
        if (candidate == null || value.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(bytes(), candidate.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "[secret]";
    }
}
