package io.igbridge.graphapi;

import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.igbridge.config.Secret;

/**
 * {@code appsecret_proof}: "a sha256 hash of your access token, using your app secret as the key", i.e.
 * lowercase hex of HMAC-SHA256(key = app secret, message = token)
 * (https://developers.facebook.com/docs/graph-api/guides/secure-requests).
 */
final class AppSecretProof {

    private AppSecretProof() {
    }

    static String of(Secret appSecret, Secret accessToken) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.bytes(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(accessToken.bytes()));
        } catch (GeneralSecurityException e) {
            // HmacSHA256 is in every JRE; the key is never empty (checked by the caller)
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
