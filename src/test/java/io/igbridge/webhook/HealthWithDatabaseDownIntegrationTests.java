package io.igbridge.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import io.igbridge.support.IntegrationTest;
import io.igbridge.support.PostgresOutage;
import io.igbridge.support.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

/**
 * /actuator/health is UP only while the database answers. Runs on PostgreSQL whatever the selected database:
 * a server that refuses connections is the realistic outage (an embedded H2 file can't be "down").
 */
@IntegrationTest
@TestPropertySource(properties = {"test.database=postgres", "spring.datasource.hikari.connection-timeout=1000"})
class HealthWithDatabaseDownIntegrationTests extends ServiceTest {

    @Value("${spring.datasource.url}")
    String url;

    @Test
    void healthGoesDownWhileTheDatabaseRefusesConnectionsAndUpWhenItIsBack() throws Exception {
        assertThat(client.get("/actuator/health").statusCode()).isEqualTo(200);

        try (PostgresOutage outage = PostgresOutage.begin(url)) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                var health = client.get("/actuator/health");
                assertThat(health.statusCode()).isEqualTo(503);
                assertThat(health.body()).contains("\"status\":\"DOWN\"");
            });
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> client.get("/actuator/health").statusCode() == 200);
    }
}
