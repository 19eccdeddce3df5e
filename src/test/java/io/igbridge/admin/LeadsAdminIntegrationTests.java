package io.igbridge.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import io.igbridge.support.Deliveries;
import io.igbridge.support.IntegrationTest;
import io.igbridge.support.ServiceTest;
import io.igbridge.support.TestSecrets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The leads for operators over real HTTP: a JSON page, newest first, and the CSV file; both need the admin token. */
@IntegrationTest
class LeadsAdminIntegrationTests extends ServiceTest {

    private final JsonMapper json = JsonMapper.builder().build();

    private long leadCount() {
        return jdbc.queryForObject("select count(*) from contact_lead", Long.class);
    }

    @BeforeEach
    void aCustomerGaveAnAddressAndANumber() {
        if (jdbc.queryForObject("select count(*) from contact_lead where user_id = 'lead-admin-1'", Long.class) == 2) {
            return;
        }
        client.postSigned(Deliveries.dmNow("lead-admin-1", "mid.lead-admin-1",
                "Rappelez-moi, au +33 6 11 22 33 44, merci"));
        client.postSigned(Deliveries.dmNow("lead-admin-1", "mid.lead-admin-2", "=SUM(1;2) jeanne@example.org"));
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject(
                "select count(*) from contact_lead where user_id = 'lead-admin-1'", Long.class) == 2);
    }

    @Test
    void theCsvExportHasAHeaderAndOneRowPerLead() {
        var response = client.getWithToken("/api/admin/leads.csv", TestSecrets.ADMIN_TOKEN);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        assertThat(response.headers().firstValue("Content-Disposition")).get().asString()
                .startsWith("attachment; filename=\"igbridge-leads-").endsWith(".csv\"");
        List<String> lines = Arrays.asList(response.body().split("\r\n"));
        assertThat(lines.get(0)).isEqualTo(
                "collected_at,account_id,user_id,kind,value,normalized_value,source,event_id,excerpt");
        assertThat(lines).hasSize(1 + (int) leadCount());
        assertThat(lines).filteredOn(line -> line.contains(",lead-admin-1,")).hasSize(2)
                .anySatisfy(line -> assertThat(line).contains(",phone,'+33 6 11 22 33 44,'+33611223344,text,")
                        .endsWith(",\"Rappelez-moi, au +33 6 11 22 33 44, merci\""))
                .anySatisfy(line -> assertThat(line).contains(",email,jeanne@example.org,jeanne@example.org,text,")
                        .endsWith(",'=SUM(1;2) jeanne@example.org"));
    }

    @Test
    void theJsonListIsNewestFirstPageByPageAndByAccount() {
        var first = json.readTree(client.getWithToken("/api/admin/leads?size=1", TestSecrets.ADMIN_TOKEN).body());
        var second = json.readTree(client.getWithToken("/api/admin/leads?size=1&page=1", TestSecrets.ADMIN_TOKEN)
                .body());

        assertThat(first.path("total").asLong()).isEqualTo(leadCount());
        assertThat(first.path("size").asInt()).isEqualTo(1);
        JsonNode newest = first.path("leads").get(0);
        JsonNode next = second.path("leads").get(0);
        assertThat(newest.path("id").asLong()).isNotEqualTo(next.path("id").asLong());
        assertThat(newest.path("collectedAt").asString()).isGreaterThanOrEqualTo(next.path("collectedAt").asString());

        var mine = json.readTree(client.getWithToken("/api/admin/leads?account=" + Deliveries.ACCOUNT + "&size=1000",
                TestSecrets.ADMIN_TOKEN).body());
        var none = json.readTree(client.getWithToken("/api/admin/leads?account=17841400000000999",
                TestSecrets.ADMIN_TOKEN).body());
        assertThat(mine.path("leads").findValuesAsString("userId")).contains("lead-admin-1");
        assertThat(none.path("total").asLong()).isZero();
        assertThat(none.path("leads").isEmpty()).isTrue();
    }

    @Test
    void leadsNeedTheAdminToken() {
        assertThat(client.get("/api/admin/leads.csv").statusCode()).isEqualTo(401);
        assertThat(client.get("/api/admin/leads").statusCode()).isEqualTo(401);
        assertThat(client.getWithToken("/api/admin/leads.csv", "not-the-token").statusCode()).isEqualTo(401);
        assertThat(client.getWithToken("/api/admin/leads?size=0", TestSecrets.ADMIN_TOKEN).statusCode())
                .isEqualTo(400);
    }
}
