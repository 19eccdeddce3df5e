package io.igbridge.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import io.igbridge.support.ServiceTest;
import io.igbridge.support.TestDatabaseInitializer;
import io.igbridge.support.WebhookClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** The service starts with no configuration at all, and each endpoint names the setting it lacks. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "IGBRIDGE_ENV_FILE=")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class UnconfiguredServiceIntegrationTests extends ServiceTest {

    @Test
    void withoutAnAppSecretNoDeliveryIsAcceptedNotEvenUnsigned() {
        byte[] body = "{\"object\":\"instagram\",\"entry\":[]}".getBytes(StandardCharsets.UTF_8);
        long before = rows.deliveryCount();

        HttpResponse<String> unsigned = client.post("/api/instagram/webhook", body, "Content-Type", "application/json");
        HttpResponse<String> signedWithAnything = client.post("/api/instagram/webhook", body,
                "X-Hub-Signature-256", WebhookClient.signature("anything", body));

        for (HttpResponse<String> response : new HttpResponse[] {unsigned, signedWithAnything}) {
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body()).contains("\"setting\":\"INSTAGRAM_WEBHOOK_SECRET\"");
        }
        assertThat(rows.deliveryCount()).isEqualTo(before);
    }

    @Test
    void withoutAVerifyTokenTheHandshakeNamesTheSetting() {
        HttpResponse<String> response = client.get(
                "/api/instagram/webhook?hub.mode=subscribe&hub.challenge=TEST123&hub.verify_token=");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("\"setting\":\"INSTAGRAM_VERIFY_TOKEN\"").doesNotContain("TEST123");
    }

    @Test
    void webhookInfoListsWhatIsMissing() {
        HttpResponse<String> response = client.get("/api/instagram/webhook-info");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"webhookSecret\":false", "\"verifyToken\":false",
                "\"missingSettings\":[\"INSTAGRAM_WEBHOOK_SECRET\",\"INSTAGRAM_VERIFY_TOKEN\",\"INSTAGRAM_ACCESS_TOKEN\","
                        + "\"INSTAGRAM_PAGE_ID\",\"IGBRIDGE_ADMIN_TOKEN\"]");
    }

    @Test
    void theTestEndpointStillWorksFromLoopbackButNotThroughAProxy() {
        String seed = "{\"entry\":[{\"id\":\"page_123\",\"changes\":[{\"field\":\"messages\",\"value\":{\"messages\":"
                + "[{\"id\":\"msg_unconfigured\",\"from\":{\"id\":\"user_456\"},\"timestamp\":\"1640995200\",\"text\":\"Bonjour !\"}]}}]}]}";

        assertThat(client.postTest(seed).statusCode()).isEqualTo(200);
        HttpResponse<String> proxied = client.postTest(seed, "X-Forwarded-For", "203.0.113.9");
        assertThat(proxied.statusCode()).isEqualTo(503);
        assertThat(proxied.body()).contains("\"setting\":\"IGBRIDGE_ADMIN_TOKEN\"");
    }
}
