package io.igbridge.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.igbridge.config.Secret;
import io.igbridge.support.FuzzSeeds;
import io.igbridge.support.FuzzSeeds.TwoParts;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes Meta's signature check: any header and body bytes get one of its four outcomes, exactly the one
 * {@link SignatureOracle} works out, never an exception; and a body signed as Meta signs it verifies, whatever the
 * secret and the body.
 *
 * <p>An input is two parts ({@link FuzzSeeds#split}): its first line, then the body. The committed seeds are the
 * Meta fixtures, each after its real signature ({@code anyHeaderAndBodyGetAnOutcome}) or after the secret
 * ({@code aBodySignedWithAnySecretVerifies}), and what the fuzzer found ({@code finding-*}). Fuzzing one method: {@code JAZZER_FUZZ=1 ./mvnw test-compile
 * surefire:test -Dtest='SignatureVerifierFuzzTests#anyHeaderAndBodyGetAnOutcome'} (README, Developing).
 */
class SignatureVerifierFuzzTests {

    static final Secret SECRET = new Secret("fuzz-app-secret");
    private static final List<Secret> SECRETS = List.of(SECRET, new Secret("fuzz-second-app-secret"));
    private static final SignatureVerifier VERIFIER = new SignatureVerifier(SECRETS);

    /** First line: the {@code X-Hub-Signature-256} header's value; then the body. */
    @FuzzTest(maxDuration = "60s")
    void anyHeaderAndBodyGetAnOutcome(byte[] input) {
        TwoParts request = FuzzSeeds.split(input);

        SignatureCheck check = VERIFIER.verify(request.rest(), request.firstLine());

        assertThat(check).isEqualTo(SignatureOracle.expected(SECRETS, request.rest(), request.firstLine()));
    }

    /** First line: the app secret (UTF-8); then the body. */
    @FuzzTest(maxDuration = "60s")
    void aBodySignedWithAnySecretVerifies(byte[] input) {
        TwoParts parts = FuzzSeeds.split(input);
        String secretText = parts.firstLine() == null ? "" : new String(
                parts.firstLine().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        Secret secret = new Secret(secretText);
        if (secret.isBlank()) {
            return; // never configured: blank secrets are dropped from INSTAGRAM_WEBHOOK_SECRET
        }
        byte[] body = parts.rest();
        String signature = SignatureVerifier.sign(secret, body);
        // the fuzzed secret first: another secret may be the same HMAC key (a finding, see SignatureVerifierTests)
        SignatureVerifier verifier = new SignatureVerifier(List.of(secret, new Secret("another-secret")));

        assertThat(signature).isEqualTo("sha256=" + SignatureOracle.hmacHex(secret, body));
        assertThat(verifier.verify(body, signature)).isEqualTo(SignatureCheck.valid(0));
        assertThat(verifier.verify(body, " " + signature.toUpperCase(Locale.ROOT) + "\t").isValid()).isTrue();
        assertThat(new SignatureVerifier(List.of(new Secret(secret.reveal() + "x"))).verify(body, signature))
                .isEqualTo(SignatureCheck.invalid());
    }

    @Test
    void theSeedCorpusHoldsEveryMetaFixtureWithItsSignature() {
        Map<String, byte[]> signed = FuzzSeeds.seeds(getClass(), "anyHeaderAndBodyGetAnOutcome");
        Map<String, byte[]> withSecret = FuzzSeeds.seeds(getClass(), "aBodySignedWithAnySecretVerifies");

        FuzzSeeds.metaFixtures().forEach((fixture, body) -> {
            assertThat(signed.get(fixture)).as(fixture).isEqualTo(FuzzSeeds.join(SignatureVerifier.sign(SECRET, body), body));
            assertThat(withSecret.get(fixture)).as(fixture).isEqualTo(FuzzSeeds.join(SECRET.reveal(), body));
            assertThat(VERIFIER.verify(body, SignatureVerifier.sign(SECRET, body))).isEqualTo(SignatureCheck.valid(0));
        });
    }
}
