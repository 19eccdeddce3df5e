package io.igbridge.tokens;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import io.igbridge.config.IgbridgeProperties;
import io.igbridge.config.Secret;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Seals tokens for storage with AES-256-GCM under {@code IGBRIDGE_TOKEN_KEY} (a fresh 96-bit nonce each time, the
 * account id as associated data, so a row copied to another account does not open), and fingerprints the configured
 * token (HMAC-SHA256 under a key derived from the same one) so a changed configuration is recognised without storing
 * the token. Without the key it is closed: nothing is sealed, and the configured token is the one in force.
 */
@Component
class TokenVault {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Optional<SecretKey> key;
    private final Optional<SecretKey> fingerprintKey;
    private final SecureRandom random = new SecureRandom();

    @Autowired
    TokenVault(IgbridgeProperties properties) {
        this(properties.tokens().key());
    }

    TokenVault(Secret base64Key) {
        if (base64Key.isBlank()) {
            key = Optional.empty();
            fingerprintKey = Optional.empty();
            return;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64Key.reveal());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException("IGBRIDGE_TOKEN_KEY must be base64 of 32 random bytes"
                    + " (openssl rand -base64 32): it is not base64");
        }
        if (bytes.length != 32) {
            throw new IllegalArgumentException("IGBRIDGE_TOKEN_KEY must be base64 of 32 random bytes"
                    + " (openssl rand -base64 32): it holds " + bytes.length + " bytes");
        }
        key = Optional.of(new SecretKeySpec(bytes, "AES"));
        fingerprintKey = Optional.of(new SecretKeySpec(hmac(new SecretKeySpec(bytes, "HmacSHA256"),
                "igbridge token fingerprint".getBytes(StandardCharsets.UTF_8)), "HmacSHA256"));
    }

    boolean open() {
        return key.isPresent();
    }

    /** base64 of nonce and ciphertext (with its tag). */
    String seal(String accountId, Secret token) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, requireKey(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(accountId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(token.bytes());
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce)
                    .put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * The token sealed for the account; empty when it does not open (another key, another account, altered): the
     * caller falls back on the configured token.
     */
    Optional<Secret> unseal(String accountId, String sealed) {
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, requireKey(), new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(accountId.getBytes(StandardCharsets.UTF_8));
            byte[] token = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
            return Optional.of(new Secret(new String(token, StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException | RuntimeException unreadable) {
            // RuntimeException: not base64 (IllegalArgumentException), or shorter than a GCM tag (the JDK's provider
            // then throws ProviderException rather than AEADBadTagException)
            return Optional.empty();
        }
    }

    /** Lowercase hex HMAC-SHA256 of the token: tells tokens apart, reveals nothing of them. */
    String fingerprint(Secret token) {
        return HexFormat.of().formatHex(hmac(fingerprintKey.orElseThrow(TokenVault::closed), token.bytes()));
    }

    private SecretKey requireKey() {
        return key.orElseThrow(TokenVault::closed);
    }

    private static IllegalStateException closed() {
        return new IllegalStateException("IGBRIDGE_TOKEN_KEY is not set: tokens are not stored");
    }

    private static byte[] hmac(SecretKey key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable (" + e.getClass().getSimpleName() + ")");
        }
    }
}
