package io.igbridge.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.igbridge.config.Secret;
import org.junit.jupiter.api.Test;

class SignatureVerifierTests {

    private static final byte[] BODY = "{\"object\":\"instagram\",\"entry\":[]}".getBytes(StandardCharsets.UTF_8);

    private final SignatureVerifier verifier = new SignatureVerifier(List.of(new Secret("first"), new Secret("second")));

    @Test
    void matchesMetasFormatLowercaseHexOfHmacSha256() {
        // computed independently: printf '%s' '{"object":"instagram","entry":[]}' | openssl dgst -sha256 -hmac first
        assertThat(SignatureVerifier.sign(new Secret("first"), BODY))
                .isEqualTo("sha256=29ac47409162910f9b6c70a064d3797d2434d18bb3afe1fc9c7e7d97130f0b83");
    }

    @Test
    void acceptsAnyConfiguredSecretAndSaysWhich() {
        assertThat(verifier.verify(BODY, SignatureVerifier.sign(new Secret("first"), BODY)))
                .isEqualTo(SignatureCheck.valid(0));
        assertThat(verifier.verify(BODY, SignatureVerifier.sign(new Secret("second"), BODY)))
                .isEqualTo(SignatureCheck.valid(1));
    }

    @Test
    void acceptsUppercaseHexAndPrefix() {
        String signature = SignatureVerifier.sign(new Secret("first"), BODY);
        assertThat(verifier.verify(BODY, signature.toUpperCase()).isValid()).isTrue();
    }

    @Test
    void rejectsWhatIsNotExactlyTheSignatureOfTheseBytes() {
        String signature = SignatureVerifier.sign(new Secret("first"), BODY);
        byte[] oneByteChanged = BODY.clone();
        oneByteChanged[2] = 'O';

        assertThat(verifier.verify(oneByteChanged, signature).outcome()).isEqualTo(SignatureCheck.Outcome.INVALID);
        assertThat(verifier.verify(BODY, SignatureVerifier.sign(new Secret("third"), BODY)).outcome())
                .isEqualTo(SignatureCheck.Outcome.INVALID);
        assertThat(verifier.verify(BODY, null).outcome()).isEqualTo(SignatureCheck.Outcome.MISSING);
        assertThat(verifier.verify(BODY, " ").outcome()).isEqualTo(SignatureCheck.Outcome.MISSING);
        assertThat(verifier.verify(BODY, "sha1=" + signature.substring(7)).outcome())
                .isEqualTo(SignatureCheck.Outcome.MALFORMED);
        assertThat(verifier.verify(BODY, signature.substring(7)).outcome()).isEqualTo(SignatureCheck.Outcome.MALFORMED);
        assertThat(verifier.verify(BODY, signature + "00").outcome()).isEqualTo(SignatureCheck.Outcome.MALFORMED);
        assertThat(verifier.verify(BODY, "sha256=" + "g".repeat(64)).outcome())
                .isEqualTo(SignatureCheck.Outcome.MALFORMED);
    }

    @Test
    void withNoSecretNothingVerifies() {
        var none = new SignatureVerifier(List.of());
        assertThat(none.verify(BODY, SignatureVerifier.sign(new Secret("first"), BODY)).isValid()).isFalse();
    }

    /**
     * Found by {@code SignatureVerifierFuzzTests} (its {@code finding-secret-with-trailing-nul-bytes}): HMAC pads a key
     * shorter than its block (64 bytes) with zero bytes, so two secrets that differ only by trailing NUL bytes are one
     * key, and a body signed with one verifies with the other. No configured secret has a NUL (an environment variable
     * can't hold one); the first configured secret that verifies is the slot recorded.
     */
    @Test
    void secretsThatDifferOnlyByTrailingNulBytesAreOneHmacKey() {
        Secret padded = new Secret("another-secret\0\0\0");
        var verifier = new SignatureVerifier(List.of(new Secret("another-secret"), padded));

        assertThat(SignatureVerifier.sign(padded, BODY)).isEqualTo(SignatureVerifier.sign(new Secret("another-secret"), BODY));
        assertThat(verifier.verify(BODY, SignatureVerifier.sign(padded, BODY))).isEqualTo(SignatureCheck.valid(0));
    }
}
