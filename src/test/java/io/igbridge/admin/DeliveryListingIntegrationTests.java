package io.igbridge.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.igbridge.support.Deliveries;
import io.igbridge.support.IntegrationTest;
import io.igbridge.support.ServiceTest;
import io.igbridge.support.TestSecrets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /api/admin/deliveries}: the deliveries received since an instant, a page at a time, in id order. */
@IntegrationTest
class DeliveryListingIntegrationTests extends ServiceTest {

    private final JsonMapper json = JsonMapper.builder().build();

    private JsonNode page(String query) {
        var answer = client.getWithToken("/api/admin/deliveries?" + query, TestSecrets.ADMIN_TOKEN);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body());
    }

    private static List<Long> ids(JsonNode page) {
        return page.path("deliveries").valueStream().map(delivery -> delivery.path("id").asLong()).toList();
    }

    @Test
    void listsTheDeliveriesReceivedSinceAnInstantPageByPage() {
        long before = deliveryId(client.postSigned(Deliveries.dmNow("990101", "mid.listing.0", "earlier")));
        Instant since = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        long first = deliveryId(client.postSigned(Deliveries.dmNow("990101", "mid.listing.1", "one")));
        long second = deliveryId(client.postSigned(Deliveries.dmNow("990101", "mid.listing.2", "two")));
        long third = deliveryId(client.postSigned(Deliveries.dmNow("990101", "mid.listing.3", "three")));

        JsonNode one = page("since=" + since + "&limit=2");
        JsonNode two = page("since=" + since + "&limit=2&after=" + one.path("next").asLong());

        assertThat(ids(one)).containsExactly(first, second).doesNotContain(before);
        assertThat(one.path("next").asLong()).isEqualTo(second);
        assertThat(ids(two)).containsExactly(third);
        assertThat(two.path("next").isNull()).isTrue();
        JsonNode listed = one.path("deliveries").get(0);
        assertThat(listed.path("status").asString()).isIn("RECEIVED", "PROCESSED");
        assertThat(Instant.parse(listed.path("receivedAt").asString())).isAfterOrEqualTo(since);
        assertThat(listed.path("test").asBoolean()).isFalse();
        assertThat(listed.has("body")).isFalse();
    }

    @Test
    void refusesWithoutTheAdminTokenAndExplainsBadParameters() {
        var badSince = client.getWithToken("/api/admin/deliveries?since=yesterday", TestSecrets.ADMIN_TOKEN);
        var badLimit = client.getWithToken("/api/admin/deliveries?limit=1001", TestSecrets.ADMIN_TOKEN);

        assertThat(client.get("/api/admin/deliveries").statusCode()).isEqualTo(401);
        assertThat(badSince.statusCode()).isEqualTo(400);
        assertThat(badSince.body()).contains("invalid_since", "ISO-8601 instant");
        assertThat(badLimit.statusCode()).isEqualTo(400);
        assertThat(badLimit.body()).contains("invalid_limit", "1 to 1000");
    }
}
