package io.igbridge.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import io.igbridge.support.ServiceTest;
import io.igbridge.support.Deliveries;
import io.igbridge.support.IntegrationTest;
import io.igbridge.support.TestDatabases;
import io.igbridge.support.TestSecrets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Health, Prometheus metrics and the one log line per delivery. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class OperationsIntegrationTests extends ServiceTest {

    @Test
    void healthIsUpWithTheDatabaseAnswering() {
        var response = client.get("/actuator/health");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = JsonMapper.builder().build().readTree(response.body());
        assertThat(health.path("status").asString()).isEqualTo("UP");
        assertThat(health.path("components").path("db").path("status").asString()).isEqualTo("UP");
    }

    @Test
    void prometheusCountsReceivedRejectedAndProcessedAndTimesTheAcknowledgement() {
        client.postSigned(Deliveries.dm("mid.metrics-1", "metrics"));
        client.post("/api/instagram/webhook", "{}".getBytes(), "X-Hub-Signature-256", "sha256=" + "1".repeat(64));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            String metrics = client.get("/actuator/prometheus").body();
            assertThat(metrics)
                    .containsPattern("igbridge_webhook_deliveries_received_total\\{test=\"false\"\\} [1-9]")
                    .containsPattern("igbridge_webhook_deliveries_rejected_total\\{reason=\"signature_invalid\"\\} [1-9]")
                    .containsPattern("igbridge_webhook_deliveries_processed_total\\{outcome=\"processed\"\\} [1-9]")
                    .containsPattern("igbridge_webhook_ack_seconds_count [1-9]")
                    .contains("igbridge_webhook_ack_seconds_bucket");
            assertThat(metrics).doesNotContain(TestSecrets.APP_SECRET, TestSecrets.ACCESS_TOKEN,
                    TestSecrets.VERIFY_TOKEN, TestSecrets.ADMIN_TOKEN);
        });
    }

    @Test
    void onH2TheStoresAfterCommitsAreCountedAndTimedAndOnPostgresqlThereAreNone() {
        client.postSigned(Deliveries.dm("mid.metrics-stores", "stores"));

        String metrics = client.get("/actuator/prometheus").body();
        if (TestDatabases.postgresSelected()) {
            assertThat(metrics).doesNotContain("igbridge_h2_store");
        } else {
            // the acknowledged delivery waited for a store, which took some time
            assertThat(metrics).containsPattern("igbridge_h2_stores_total [1-9]")
                    .containsPattern("igbridge_h2_store_seconds_total (0\\.0*[1-9]|[1-9])");
        }
    }

    @Test
    void eachDeliveryLogsOneLineWithIdAccountAndEventCountButNoPayload(CapturedOutput output) {
        var response = client.postSigned(Deliveries.dm("mid.logged-1", "a very private message text"));
        String id = response.headers().firstValue("X-Igbridge-Delivery").orElseThrow();

        await().atMost(Duration.ofSeconds(10)).until(() -> output.getOut().contains("Delivery " + id + " processed"));
        assertThat(output.getOut()).contains("Delivery " + id + " processed: account " + Deliveries.ACCOUNT
                + ", 1 event(s), 1 new");
        assertThat(output.getOut()).doesNotContain("a very private message text", "mid.logged-1");
    }
}
