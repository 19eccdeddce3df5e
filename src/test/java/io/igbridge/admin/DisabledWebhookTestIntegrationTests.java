package io.igbridge.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import io.igbridge.support.ServiceTest;
import io.igbridge.support.TestDatabaseInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** IGBRIDGE_WEBHOOK_TEST_ENABLED=false switches the unsigned test endpoint off, even from loopback. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"IGBRIDGE_ENV_FILE=", "IGBRIDGE_WEBHOOK_TEST_ENABLED=false"})
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class DisabledWebhookTestIntegrationTests extends ServiceTest {

    @Test
    void switchedOffTestEndpointAnswers404AndStoresNothing() {
        HttpResponse<String> response = client.postTest(WebhookTestEndpointIntegrationTests.SEED_DM);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("IGBRIDGE_WEBHOOK_TEST_ENABLED");
        assertThat(rows.deliveryCount()).isZero();
    }
}
