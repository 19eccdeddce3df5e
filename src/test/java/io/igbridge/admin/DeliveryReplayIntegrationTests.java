package io.igbridge.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import io.igbridge.support.Deliveries;
import io.igbridge.support.IntegrationTest;
import io.igbridge.support.ServiceTest;
import io.igbridge.support.TestSecrets;
import org.junit.jupiter.api.Test;

/** A stored delivery can be replayed by an operator: processed again, its events still stored once. */
@IntegrationTest
class DeliveryReplayIntegrationTests extends ServiceTest {

    @Test
    void replayNeedsTheAdminTokenAndProcessesTheDeliveryAgainWithoutDuplicates() {
        long id = deliveryId(client.postSigned(Deliveries.dm("mid.replayed", "again")));
        await().atMost(Duration.ofSeconds(10)).until(() -> rows.status(id).equals("PROCESSED"));
        jdbc.update("update raw_delivery set status = 'FAILED', last_error = 'simulated' where id = ?", id);

        var refused = client.post("/api/admin/deliveries/" + id + "/replay", new byte[0]);
        var replayed = client.post("/api/admin/deliveries/" + id + "/replay", new byte[0],
                "Authorization", "Bearer " + TestSecrets.ADMIN_TOKEN);
        var unknown = client.post("/api/admin/deliveries/999999/replay", new byte[0],
                "Authorization", "Bearer " + TestSecrets.ADMIN_TOKEN);

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(replayed.statusCode()).isEqualTo(200);
        assertThat(replayed.body()).contains("\"status\":\"PROCESSED\"", "\"isNew\":false");
        assertThat(rows.status(id)).isEqualTo("PROCESSED");
        assertThat(rows.eventCount(Deliveries.ACCOUNT, "message:mid.replayed")).isEqualTo(1);
        assertThat(unknown.statusCode()).isEqualTo(404);
    }
}
