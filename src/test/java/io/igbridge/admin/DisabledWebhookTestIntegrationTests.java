package io.igbridge.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import io.igbridge.support.StoredRows;
import io.igbridge.support.TestDatabaseInitializer;
import io.igbridge.support.WebhookClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/** IGBRIDGE_WEBHOOK_TEST_ENABLED=false switches the unsigned test endpoint off, even from loopback. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"IGBRIDGE_ENV_FILE=", "IGBRIDGE_WEBHOOK_TEST_ENABLED=false"})
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class DisabledWebhookTestIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void switchedOffTestEndpointAnswers404AndStoresNothing() {
        HttpResponse<String> response = new WebhookClient(port).postTest(WebhookTestEndpointIntegrationTests.SEED_DM);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("IGBRIDGE_WEBHOOK_TEST_ENABLED");
        assertThat(new StoredRows(jdbc).deliveryCount()).isZero();
    }
}
