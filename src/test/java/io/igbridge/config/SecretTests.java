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
}
