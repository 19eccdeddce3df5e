package io.igbridge.webhook;

import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.igbridge.config.Secret;

/**
 * Checks Meta's {@code X-Hub-Signature-256: sha256=<hex>} header: an HMAC-SHA256 of the raw request bytes
 * keyed with the app secret (meta-platform.md §2). The bytes are never re-serialised: Meta signs its
 * escaped-unicode body, so only the exact bytes received verify. Every configured secret is tried, each
 * compared in constant time, and all of them every time, so timing does not tell which one matched.
 */
public final class SignatureVerifier {

    private static final String PREFIX = "sha256=";
    private static final int DIGEST_HEX_LENGTH = 64;

    private final List<Secret> secrets;

    public SignatureVerifier(List<Secret> secrets) {
        this.secrets = List.copyOf(secrets);
    }

    public SignatureCheck verify(byte[] body, String header) {
        if (header == null || header.isBlank()) {
            return SignatureCheck.missing();
        }
        byte[] received = decode(header.strip());
        if (received == null) {
            return SignatureCheck.malformed();
        }
        int matchedSlot = -1;
        for (int slot = 0; slot < secrets.size(); slot++) {
            if (MessageDigest.isEqual(hmac(secrets.get(slot), body), received) && matchedSlot < 0) {
                matchedSlot = slot;
            }
        }
        return matchedSlot < 0 ? SignatureCheck.invalid() : SignatureCheck.valid(matchedSlot);
    }

    /** The expected header value for a body, as Meta computes it (used by tests and the signed test sender). */
    public static String sign(Secret secret, byte[] body) {
        return PREFIX + HexFormat.of().formatHex(hmac(secret, body));
    }

    private static byte[] decode(String header) {
        if (!header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return null;
        }
        String hex = header.substring(PREFIX.length());
        if (hex.length() != DIGEST_HEX_LENGTH) {
            return null;
        }
        try {
            return HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException notHex) {
            return null;
        }
    }

    private static byte[] hmac(Secret secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.bytes(), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            // HmacSHA256 is mandatory in every JRE and the key is never empty (blank secrets are dropped)
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
