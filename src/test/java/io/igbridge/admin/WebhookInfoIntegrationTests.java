package io.igbridge.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import io.igbridge.support.ServiceTest;
import io.igbridge.support.Deliveries;
import io.igbridge.support.IntegrationTest;
import io.igbridge.support.TestSecrets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GET /api/instagram/webhook-info: configuration as booleans, Graph API target, counts. */
@IntegrationTest
class WebhookInfoIntegrationTests extends ServiceTest {

    final JsonMapper json = JsonMapper.builder().build();

    JsonNode info() {
        var response = client.get("/api/instagram/webhook-info");
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }

    @Test
    void showsWhatIsConfiguredAsBooleansAndNeverAValue() {
        String body = client.get("/api/instagram/webhook-info").body();

        assertThat(body).doesNotContain(TestSecrets.APP_SECRET, TestSecrets.SECOND_APP_SECRET,
                TestSecrets.VERIFY_TOKEN, TestSecrets.ADMIN_TOKEN, TestSecrets.ACCESS_TOKEN,
                TestSecrets.APP_SECRET.substring(0, 8), TestSecrets.ACCESS_TOKEN.substring(0, 8));
        JsonNode info = json.readTree(body);
        assertThat(info.path("callbackPath").asString()).isEqualTo("/api/instagram/webhook");
        JsonNode configured = info.path("configured");
        assertThat(configured.path("webhookSecret").isBoolean()).isTrue();
        assertThat(configured.path("webhookSecret").asBoolean()).isTrue();
        assertThat(configured.path("verifyToken").asBoolean()).isTrue();
        assertThat(configured.path("accessToken").asBoolean()).isTrue();
        assertThat(info.path("missingSettings").isEmpty()).isTrue();
        assertThat(info.path("graphApi").path("host").asString()).isEqualTo("graph.instagram.com");
        assertThat(info.path("graphApi").path("version").asString()).isEqualTo("v25.0");
        assertThat(info.path("expectedSubscribedFields").toString()).contains("messages", "comments", "mentions", "feed");
    }

    @Test
    void countsFollowWhatCameIn() {
        JsonNode before = info().path("counts");

        client.postSigned(Deliveries.dm("mid.info-1", "hi"));
        client.postSigned("not json at all");
        client.post("/api/instagram/webhook", "{}".getBytes(), "X-Hub-Signature-256", "sha256=" + "0".repeat(64));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode counts = info().path("counts");
            assertThat(counts.path("received").asLong()).isEqualTo(before.path("received").asLong() + 2);
            assertThat(counts.path("rejectedBySignature").asLong())
                    .isEqualTo(before.path("rejectedBySignature").asLong() + 1);
            assertThat(counts.path("unparseable").asLong()).isEqualTo(before.path("unparseable").asLong() + 1);
            assertThat(counts.path("processed").asLong()).isEqualTo(before.path("processed").asLong() + 1);
            assertThat(counts.path("failed").asLong()).isEqualTo(before.path("failed").asLong());
        });
        assertThat(info().path("lastDeliveryAt").isNull()).isFalse();
    }
}
