package io.igbridge.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import io.igbridge.support.IntegrationTest;
import io.igbridge.support.ServiceTest;
import io.igbridge.support.TestSecrets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Without {@code IGBRIDGE_TOKEN_KEY} (the default): nothing is stored nor refreshed, the configured token is used as
 * it is, and webhook-info says why the token is not refreshed and what to set.
 */
@IntegrationTest
class TokenWithoutKeyIntegrationTests extends ServiceTest {

    @Test
    void theConfiguredTokenIsUsedAsItIsAndWebhookInfoSaysWhyItIsNotRefreshed() {
        JsonNode status = JsonMapper.builder().build().readTree(client.get("/api/instagram/webhook-info").body())
                .path("accessToken").path("status");

        assertThat(status.path("inForce").asString()).isEqualTo("configured");
        assertThat(status.path("refresh").asBoolean()).isFalse();
        assertThat(status.path("refreshOffReason").asString()).contains("IGBRIDGE_TOKEN_KEY is not set")
                .contains("openssl rand -base64 32");
        assertThat(jdbc.queryForObject("select count(*) from account_token", Long.class)).isZero();
    }

    @Test
    void aTokenGivenByHandIsRefusedRatherThanStoredInClear() {
        var answer = client.putJsonWithToken("/api/admin/access-token", "{\"accessToken\":\"IGQ-by-hand-0f3e\"}",
                TestSecrets.ADMIN_TOKEN);

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.body()).contains("\"setting\":\"IGBRIDGE_TOKEN_KEY\"").doesNotContain("IGQ-by-hand-0f3e");
        assertThat(jdbc.queryForObject("select count(*) from account_token", Long.class)).isZero();
    }

    @Test
    void anAccountWithATokenIsRefusedRatherThanItsTokenStoredInClear() {
        var answer = client.postJsonWithToken("/api/admin/accounts", "{\"accountId\":\"17841400000000777\","
                + "\"login\":\"instagram\",\"accessToken\":\"IGQ-account-in-clear-2b\",\"displayName\":\"B\"}",
                TestSecrets.ADMIN_TOKEN);

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.body()).contains("\"setting\":\"IGBRIDGE_TOKEN_KEY\"").doesNotContain("IGQ-account-in-clear");
        assertThat(jdbc.queryForObject("select count(*) from instagram_account", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from account_token", Long.class)).isZero();
    }
}
