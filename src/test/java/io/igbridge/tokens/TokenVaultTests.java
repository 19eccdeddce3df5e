package io.igbridge.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Base64;

import io.igbridge.config.Secret;
import io.igbridge.support.TestSecrets;
import org.junit.jupiter.api.Test;

class TokenVaultTests {

    static final Secret TOKEN = new Secret("IGQ-refreshed-token-91c4");
    final TokenVault vault = new TokenVault(new Secret(TestSecrets.TOKEN_KEY));

    @Test
    void aSealedTokenOpensForItsAccountOnlyAndHoldsNoTraceOfTheToken() {
        String sealed = vault.seal("17841400000000001", TOKEN);

        assertThat(vault.unseal("17841400000000001", sealed)).hasValueSatisfying(
                token -> assertThat(token.reveal()).isEqualTo(TOKEN.reveal()));
        assertThat(vault.unseal("17841400000000002", sealed)).isEmpty();
        assertThat(sealed).doesNotContain(TOKEN.reveal()).doesNotContain("IGQ");
        assertThat(new String(Base64.getDecoder().decode(sealed))).doesNotContain(TOKEN.reveal());
        assertThat(vault.seal("17841400000000001", TOKEN)).as("a fresh nonce each time").isNotEqualTo(sealed);
    }

    @Test
    void anotherKeyOrAnAlteredRowDoesNotOpen() {
        String sealed = vault.seal("a", TOKEN);
        var other = new TokenVault(new Secret(Base64.getEncoder().encodeToString(new byte[32])));
        char[] altered = sealed.toCharArray();
        altered[20] = altered[20] == 'A' ? 'B' : 'A';

        assertThat(other.unseal("a", sealed)).isEmpty();
        assertThat(vault.unseal("a", new String(altered))).isEmpty();
        assertThat(vault.unseal("a", "not base64 !")).isEmpty();
        // shorter than a GCM tag: the JDK's provider throws ProviderException, not AEADBadTagException
        assertThat(vault.unseal("a", Base64.getEncoder().encodeToString(new byte[25]))).isEmpty();
        assertThat(vault.unseal("a", "")).isEmpty();
    }

    @Test
    void fingerprintsTellTokensApartWithoutShowingThem() {
        String fingerprint = vault.fingerprint(TOKEN);

        assertThat(fingerprint).hasSize(64).isEqualTo(vault.fingerprint(new Secret(TOKEN.reveal())))
                .isNotEqualTo(vault.fingerprint(new Secret("IGQ-other")));
    }

    @Test
    void aKeyThatIsNotThirtyTwoBytesOfBase64StopsStartUpWithoutShowingIt() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TokenVault(new Secret("c2hvcnQ=")))
                .withMessageContaining("IGBRIDGE_TOKEN_KEY").withMessageContaining("5 bytes")
                .withMessageNotContaining("c2hvcnQ=");
        assertThatIllegalArgumentException().isThrownBy(() -> new TokenVault(new Secret("not base64 !")))
                .withMessageContaining("not base64");
        assertThat(new TokenVault(new Secret("")).open()).isFalse();
    }
}
