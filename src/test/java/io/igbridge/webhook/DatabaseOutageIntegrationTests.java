package io.igbridge.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;

import io.igbridge.support.ServiceTest;
import io.igbridge.support.Deliveries;
import io.igbridge.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * When the database can't take a verified delivery the answer is 503, so Meta retries — never 200 without the
 * row, and never a row without its body. A table is moved away for a moment: a real database error on the real
 * insert.
 */
@IntegrationTest
class DatabaseOutageIntegrationTests extends ServiceTest {

    @Test
    void aDeliveryTheDatabaseCannotTakeIsAnswered503OnBothEndpointsAndTheNextOneIsStoredAgain() {
        long before = rows.deliveryCount();
        jdbc.execute("alter table raw_delivery rename to raw_delivery_away");
        HttpResponse<String> duringOutage;
        HttpResponse<String> testDuringOutage;
        try {
            duringOutage = client.postSigned(Deliveries.dm("mid.outage", "during"));
            testDuringOutage = client.postTest(Deliveries.dm("mid.outage-test", "during"));
        } finally {
            jdbc.execute("alter table raw_delivery_away rename to raw_delivery");
        }

        assertThat(duringOutage.statusCode()).isEqualTo(503);
        assertThat(duringOutage.body()).contains("\"error\":\"storage_unavailable\"");
        assertThat(testDuringOutage.statusCode()).isEqualTo(503);
        assertThat(testDuringOutage.body()).contains("\"error\":\"storage_unavailable\"");
        assertThat(rows.deliveryCount()).isEqualTo(before);

        HttpResponse<String> retried = client.postSigned(Deliveries.dm("mid.outage", "during"));
        assertThat(retried.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> rows.eventCount(Deliveries.ACCOUNT, "message:mid.outage") == 1);
        assertThat(client.get("/actuator/health").body()).contains("\"status\":\"UP\"");
    }

    @Test
    void whenTheBodyCannotBeStoredTheDeliveryRowIsNotKeptEither() {
        long before = rows.deliveryCount();
        jdbc.execute("alter table raw_delivery_body rename to raw_delivery_body_away");
        HttpResponse<String> duringOutage;
        try {
            // the delivery's row goes in, then its body fails: nothing of it may stay half-way
            duringOutage = client.postSigned(Deliveries.dm("mid.outage-body", "during"));
        } finally {
            jdbc.execute("alter table raw_delivery_body_away rename to raw_delivery_body");
        }

        assertThat(duringOutage.statusCode()).isEqualTo(503);
        assertThat(duringOutage.body()).contains("\"error\":\"storage_unavailable\"");
        assertThat(rows.deliveryCount()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from raw_delivery d where not exists"
                + " (select 1 from raw_delivery_body b where b.delivery_id = d.id)", Long.class))
                .as("deliveries without their body").isZero();

        assertThat(client.postSigned(Deliveries.dm("mid.outage-body", "during")).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> rows.eventCount(Deliveries.ACCOUNT, "message:mid.outage-body") == 1);
    }
}
