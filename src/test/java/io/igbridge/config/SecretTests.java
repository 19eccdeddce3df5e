package io.igbridge.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretTests {

    @Test
    void neverPrintsItsValue() {
        var secret = new Secret("IGQsuper-secret-token");

        assertThat(secret.toString()).doesNotContain("IGQ", "super", "token");
        assertThat(String.valueOf(new IgbridgeProperties.Admin(secret))).doesNotContain("super-secret");
    }

    @Test
    void matchesOnlyTheExactValue() {
        var secret = new Secret(" value ");

        assertThat(secret.matches("value")).isTrue();
        assertThat(secret.matches("valu")).isFalse();
        assertThat(secret.matches("value2")).isFalse();
        assertThat(secret.matches(null)).isFalse();
        assertThat(new Secret("").matches("")).isFalse();
    }

    @Test
    void matchesNoCandidateOfAnotherLengthOrCaseNorOneThatOnlyStartsTheSame() {
        var token = new Secret("admin-token-c93f27");

        assertThat(token.matches("admin-token-c93f27")).isTrue();
        assertThat(token.matches("admin-token-c93f2")).as("a prefix").isFalse();
        assertThat(token.matches("admin-token-c93f27-and-more")).as("longer").isFalse();
        assertThat(token.matches("ADMIN-TOKEN-C93F27")).as("another case").isFalse();
        assertThat(token.matches("admin-token-c93f28")).as("the last character").isFalse();
        assertThat(token.matches("")).isFalse();
        assertThat(token.matches(" admin-token-c93f27")).as("the candidate is taken as it is").isFalse();
        assertThat(new Secret("clé-ünïcode").matches("clé-ünïcode")).isTrue();
        assertThat(new Secret("clé-ünïcode").matches("cle-unicode")).isFalse();
    }
}
