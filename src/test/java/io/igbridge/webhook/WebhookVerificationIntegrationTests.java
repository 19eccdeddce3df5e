package io.igbridge.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import io.igbridge.support.ServiceTest;
import io.igbridge.support.IntegrationTest;
import io.igbridge.support.TestSecrets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GET /api/instagram/webhook: Meta's subscription handshake. */
@IntegrationTest
class WebhookVerificationIntegrationTests extends ServiceTest {

    @Test
    void matchingTokenGetsTheChallengeVerbatimAsPlainText() {
        HttpResponse<String> response = client.get("/api/instagram/webhook?hub.mode=subscribe&hub.challenge=1158201444"
                + "&hub.verify_token=" + TestSecrets.VERIFY_TOKEN);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("1158201444");
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
    }

    @Test
    void challengeWithAnyCharactersComesBackUnchanged() {
        String challenge = "TEST123 <b>&é";
        HttpResponse<String> response = client.get("/api/instagram/webhook?hub.mode=subscribe&hub.challenge="
                + URLEncoder.encode(challenge, StandardCharsets.UTF_8) + "&hub.verify_token=" + TestSecrets.VERIFY_TOKEN);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(challenge);
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void wrongTokenIsForbidden() {
        HttpResponse<String> response = client.get(
                "/api/instagram/webhook?hub.mode=subscribe&hub.challenge=TEST123&hub.verify_token=wrong");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("TEST123").doesNotContain(TestSecrets.VERIFY_TOKEN);
    }

    @Test
    void tokenThatIsOnlyAPrefixIsForbidden() {
        String prefix = TestSecrets.VERIFY_TOKEN.substring(0, 5);
        assertThat(client.get("/api/instagram/webhook?hub.mode=subscribe&hub.challenge=1&hub.verify_token=" + prefix)
                .statusCode()).isEqualTo(403);
    }

    @Test
    void wrongModeIsForbidden() {
        HttpResponse<String> response = client.get("/api/instagram/webhook?hub.mode=unsubscribe&hub.challenge=TEST123"
                + "&hub.verify_token=" + TestSecrets.VERIFY_TOKEN);

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "hub.challenge=1&hub.verify_token=" + TestSecrets.VERIFY_TOKEN,
            "hub.mode=subscribe&hub.verify_token=" + TestSecrets.VERIFY_TOKEN,
            "hub.mode=subscribe&hub.challenge=1"})
    void missingParameterIsABadRequest(String query) {
        HttpResponse<String> response = client.get("/api/instagram/webhook?" + query);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"error\":\"missing_parameter\"");
    }
}
