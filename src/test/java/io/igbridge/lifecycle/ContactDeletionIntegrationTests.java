package io.igbridge.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import io.igbridge.support.Deliveries;
import io.igbridge.support.EveryColumn;
import io.igbridge.support.IntegrationTest;
import io.igbridge.support.ServiceTest;
import io.igbridge.support.TestSecrets;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A contact's erasure over real HTTP: everything stored about the person goes — conversation, messages, note, lead,
 * classifications, cooldown, tag, window, outbox rows, events, their deliveries — and a delivery they shared with
 * another person keeps that person's items only. The outbox is off, so the replies decided for them stay PENDING.
 */
@IntegrationTest
@TestPropertySource(properties = "IGBRIDGE_OUTBOX_ENABLED=false")
class ContactDeletionIntegrationTests extends ServiceTest {

    private static final String PERSON = "gdpr-person-1";
    private static final String OTHER = "gdpr-other-1";
    private static final String PATH = "/api/admin/contacts/" + Deliveries.ACCOUNT + "/" + PERSON;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One delivery, two people: a DM of each, and a comment of each. */
    private static String sharedDelivery(Instant at) {
        long now = at.toEpochMilli();
        return """
                {"object":"instagram","entry":[{"id":"%1$s","time":%2$d,"messaging":[\
                {"sender":{"id":"%3$s"},"recipient":{"id":"%1$s"},"timestamp":%2$d,"message":{"mid":"mid.gdpr-2",\
                "text":"gdprsecretbeta question"}},\
                {"sender":{"id":"%4$s"},"recipient":{"id":"%1$s"},"timestamp":%2$d,"message":{"mid":"mid.gdpr-other-1",\
                "text":"gdprkeepgamma question"}}]},\
                {"id":"%1$s","time":%5$d,"changes":[\
                {"field":"comments","value":{"from":{"id":"%3$s","username":"gdpr_person"},"id":"18000000000000901",\
                "text":"gdprsecretdelta super","media":{"id":"%6$s","media_product_type":"FEED"}}},\
                {"field":"comments","value":{"from":{"id":"%4$s","username":"gdpr_other"},"id":"18000000000000902",\
                "text":"gdprkeepepsilon","media":{"id":"%6$s","media_product_type":"FEED"}}}]}]}"""
                .formatted(Deliveries.ACCOUNT, now, PERSON, OTHER, at.getEpochSecond(), Deliveries.MEDIA);
    }

    private long count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Long.class, arguments);
    }

    @Test
    void everythingOfThePersonIsGoneAndTheOtherPersonsDataStays() {
        Instant now = Instant.now();
        client.postSigned(Deliveries.dmAt(PERSON, "mid.gdpr-1", "bonjour gdprsecretalpha, au 06 12 34 56 78",
                now.minusSeconds(5)));
        long shared = deliveryId(client.postSigned(sharedDelivery(now.minusSeconds(4))));
        client.postSigned(Deliveries.echo(PERSON, "mid.gdpr-3", "gdprsecretzeta"));
        client.postSigned(Deliveries.dmAt(OTHER, "mid.gdpr-other-2", "gdprkeepeta", now.minusSeconds(3)));
        await().atMost(Duration.ofSeconds(60)).until(() -> count("select count(*) from instagram_event"
                + " where status = 'HANDLED' and conversation_key like ?", Deliveries.ACCOUNT + "/contact/gdpr-%") == 7
                && count("select count(*) from contact_lead where user_id = ?", PERSON) == 1);
        long conversation = count("select id from conversation where user_id = ?", PERSON);
        jdbc.update("insert into conversation_note (conversation_id, agent, text, created_at) values (?, 'camille',"
                + " 'gdprsecretnote', ?)", conversation, Timestamp.from(now));
        jdbc.update("insert into contact_tag (account_id, user_id, tag, rule_name, tagged_at) values (?, ?, 'vip',"
                + " 'test', ?)", Deliveries.ACCOUNT, PERSON, Timestamp.from(now));
        assertThat(count("select count(*) from outbox_action where recipient_id = ?", PERSON)).as("the greeting")
                .isEqualTo(1);

        assertThat(client.deleteWithToken(PATH, "not-the-token").statusCode()).isEqualTo(401);
        var response = client.deleteWithToken(PATH, TestSecrets.ADMIN_TOKEN);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.path("accountId").asString()).isEqualTo(Deliveries.ACCOUNT);
        assertThat(answer.path("removed").path("conversation").asInt()).isEqualTo(1);
        assertThat(answer.path("removed").path("conversation_message").asInt()).isEqualTo(3);
        assertThat(answer.path("removed").path("conversation_note").asInt()).isEqualTo(1);
        assertThat(answer.path("removed").path("contact_lead").asInt()).isEqualTo(1);
        assertThat(answer.path("removed").path("contact_tag").asInt()).isEqualTo(1);
        assertThat(answer.path("removed").path("instagram_event").asInt()).isEqualTo(4);
        assertThat(answer.path("removed").path("raw_delivery").asInt()).as("the DM's and the echo's").isEqualTo(2);
        assertThat(answer.path("deliveriesRedacted").asInt()).isEqualTo(1);
        assertThat(response.body()).doesNotContain("gdprsecret");

        EveryColumn everywhere = new EveryColumn(jdbc);
        assertThat(everywhere.holding(PERSON)).isEmpty();
        for (String theirs : new String[] {"gdprsecretalpha", "gdprsecretbeta", "gdprsecretdelta", "gdprsecretzeta",
                "gdprsecretnote", "12 34 56 78", "gdpr_person"}) {
            assertThat(everywhere.holding(theirs)).as(theirs).isEmpty();
        }
        assertThat(everywhere.holding("gdprkeepgamma")).contains("raw_delivery_body.body",
                "conversation_message.text", "instagram_event.payload");
        assertThat(everywhere.holding("gdprkeepepsilon")).contains("raw_delivery_body.body", "instagram_event.payload");
        assertThat(everywhere.holding("gdprkeepeta")).contains("raw_delivery_body.body", "conversation_message.text");
        assertThat(rows.delivery(shared).get("redacted_at")).isNotNull();
        JsonNode rewritten = JSON.readTree(rows.body(shared));
        assertThat(rewritten.path("entry").get(0).path("messaging")).hasSize(1);
        assertThat(rewritten.path("entry").get(1).path("changes")).hasSize(1);
        assertThat(count("select count(*) from conversation where user_id = ?", OTHER)).isEqualTo(1);

        var again = client.deleteWithToken(PATH, TestSecrets.ADMIN_TOKEN);
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(again.body()).path("error").asString()).isEqualTo("unknown_contact");
    }

    @Test
    void anUnknownContactIs404AndTheAdminTokenIsNeeded() {
        var unknown = client.deleteWithToken("/api/admin/contacts/" + Deliveries.ACCOUNT + "/nobody-at-all",
                TestSecrets.ADMIN_TOKEN);

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknown.body()).path("error").asString()).isEqualTo("unknown_contact");
        assertThat(client.deleteWithToken("/api/admin/contacts/" + Deliveries.ACCOUNT + "/nobody-at-all", "")
                .statusCode()).isEqualTo(401);
    }
}
