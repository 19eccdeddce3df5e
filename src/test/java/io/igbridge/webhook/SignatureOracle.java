package io.igbridge.webhook;

import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.igbridge.config.Secret;

/**
 * What the signature check must answer, worked out independently of {@link SignatureVerifier}: Meta's header is
 * {@code sha256=} and the 64 lowercase hex digits of the HMAC-SHA256 of the body keyed with the app secret; case and
 * surrounding white space are forgiven, nothing else (meta-platform.md §2).
 */
final class SignatureOracle {

    private SignatureOracle() {
    }

    static SignatureCheck expected(List<Secret> secrets, byte[] body, String header) {
        if (header == null || header.isBlank()) {
            return SignatureCheck.missing();
        }
        String value = header.strip();
        if (!value.matches("(?i)sha256=[0-9a-f]{64}")) {
            return SignatureCheck.malformed();
        }
        String hex = value.substring("sha256=".length()).toLowerCase(Locale.ROOT);
        for (int slot = 0; slot < secrets.size(); slot++) {
            if (hex.equals(hmacHex(secrets.get(slot), body))) {
                return SignatureCheck.valid(slot);
            }
        }
        return SignatureCheck.invalid();
    }

    static String hmacHex(Secret secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.bytes(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
