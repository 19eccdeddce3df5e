package io.igbridge.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.igbridge.support.Deliveries;
import io.igbridge.support.EveryColumn;
import io.igbridge.support.IntegrationTest;
import io.igbridge.support.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A message the customer deleted is redacted everywhere it was stored, whichever of the message and its deletion
 * arrives first: its text is in no column of any table afterwards, raw delivery included, while the other messages
 * of the same delivery keep theirs.
 */
@IntegrationTest
@TestPropertySource(properties = "IGBRIDGE_OUTBOX_ENABLED=false")
class MessageRedactionIntegrationTests extends ServiceTest {

    /** Two DMs of one contact in one delivery. */
    private static String twoMessages(String sender, String firstMid, String firstText, String secondMid,
            String secondText, Instant at) {
        long now = at.toEpochMilli();
        return """
                {"object":"instagram","entry":[{"id":"%1$s","time":%2$d,"messaging":[\
                {"sender":{"id":"%3$s"},"recipient":{"id":"%1$s"},"timestamp":%2$d,"message":{"mid":"%4$s",\
                "text":"%5$s"}},\
                {"sender":{"id":"%3$s"},"recipient":{"id":"%1$s"},"timestamp":%6$d,"message":{"mid":"%7$s",\
                "text":"%8$s","attachments":[{"type":"image","payload":{"url":"https://lookaside.example/keep.jpg"}}]}}\
                ]}]}""".formatted(Deliveries.ACCOUNT, now, sender, firstMid, firstText, now + 1, secondMid, secondText);
    }

    /** The contact edited message {@code mid} to read {@code text} (meta-platform.md §4.2, {@code message_edit}). */
    private static String edit(String sender, String mid, String text) {
        long now = Instant.now().toEpochMilli();
        return """
                {"object":"instagram","entry":[{"id":"%1$s","time":%2$d,"messaging":[{"sender":{"id":"%3$s"},\
                "recipient":{"id":"%1$s"},"timestamp":%2$d,"message_edit":{"mid":"%4$s","text":"%5$s","num_edit":1}}]}]}"""
                .formatted(Deliveries.ACCOUNT, now, sender, mid, text);
    }

    private Map<String, Object> inboxMessage(String mid) {
        return jdbc.queryForMap("select text, attachments, deleted from conversation_message where mid = ?", mid);
    }

    private boolean stored(String mid) {
        return jdbc.queryForObject("select count(*) from conversation_message where mid = ?", Long.class, mid) == 1;
    }

    @Test
    void aMessageDeletedAfterItArrivedIsRedactedEverywhere() {
        String text = "periwinkle plan question, write to pw42@example.org";
        String body = twoMessages("redact-1", "mid.redact-1", text, "mid.redact-2", "plumtree note stays",
                Instant.now().minusSeconds(10));
        long delivery = deliveryId(client.postSigned(body));
        long retry = deliveryId(client.postSigned(body)); // Meta's retry: its events are duplicates, not stored again
        client.postSigned(edit("redact-1", "mid.redact-1", "periwinkle plan, edited"));
        await().atMost(Duration.ofSeconds(60)).until(() -> stored("mid.redact-1") && stored("mid.redact-2")
                && "PROCESSED".equals(rows.status(retry)) && 
                "HANDLED".equals(rows.eventStatus(Deliveries.ACCOUNT, "edit:mid.redact-1:1")) && jdbc.queryForObject("select count(*) from contact_lead where user_id = 'redact-1'", Long.class) == 1);
        EveryColumn everywhere = new EveryColumn(jdbc);
        assertThat(everywhere.holding("periwinkle plan")).as("before").contains("raw_delivery_body.body",
                "instagram_event.payload", "conversation_message.text", "contact_lead.excerpt");

        client.postSigned(Deliveries.deleted("redact-1", "mid.redact-1"));
        await().atMost(Duration.ofSeconds(60)).until(() -> Boolean.TRUE.equals(inboxMessage("mid.redact-1")
                .get("deleted")));

        assertThat(everywhere.holding("periwinkle plan")).isEmpty();
        assertThat(inboxMessage("mid.redact-1")).containsEntry("text", null).containsEntry("attachments", null);
        assertThat(jdbc.queryForObject("select excerpt from contact_lead where user_id = 'redact-1'", String.class))
                .isEqualTo(MessageRedaction.EXCERPT_MARKER);
        assertThat(rows.delivery(delivery).get("redacted_at")).isNotNull();
        assertThat(rows.delivery(retry).get("redacted_at")).isNotNull();
        assertThat(everywhere.holding("plumtree note stays")).contains("raw_delivery_body.body",
                "instagram_event.payload", "conversation_message.text");
        assertThat(everywhere.holding("lookaside.example/keep.jpg")).contains("raw_delivery_body.body",
                "conversation_message.attachments");
    }

    @Test
    void aMessageWhoseDeletionArrivedFirstIsRedactedWhenItArrives() {
        client.postSigned(Deliveries.deleted("redact-2", "mid.redact-3"));
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
                "select count(*) from deleted_message where mid = 'mid.redact-3'", Long.class) == 1);

        long delivery = deliveryId(client.postSigned(twoMessages("redact-2", "mid.redact-3",
                "lavender secret question, mail lv7@example.org", "mid.redact-4", "hazel words stay",
                Instant.now().minusSeconds(30))));
        await().atMost(Duration.ofSeconds(60)).until(() -> "HANDLED".equals(rows.eventStatus(Deliveries.ACCOUNT,
                "message:mid.redact-3")) && "HANDLED".equals(rows.eventStatus(Deliveries.ACCOUNT, "message:mid.redact-4")));

        assertThat(new EveryColumn(jdbc).holding("lavender secret")).isEmpty();
        assertThat(inboxMessage("mid.redact-3")).containsEntry("text", null).containsEntry("deleted", true);
        assertThat(rows.delivery(delivery).get("redacted_at")).isNotNull();
        assertThat(new EveryColumn(jdbc).holding("hazel words stay")).contains("raw_delivery_body.body",
                "conversation_message.text");
    }
}
