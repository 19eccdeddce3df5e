package io.igbridge.lifecycle;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.igbridge.events.MessageDeleted;
import io.igbridge.events.MessageEdited;
import io.igbridge.events.MessageReceived;
import io.igbridge.lifecycle.DeliveryBodies.Edited;
import io.igbridge.processing.InstagramEventHandler;
import io.igbridge.processing.StoredEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Meta's rule (meta-platform.md §4.2, {@code is_deleted}): a message the customer deleted is redacted everywhere it was
 * stored — the inbox's message (kept, shown as deleted), the stored event's JSON, moderation's reasons, a lead's
 * excerpt, and the raw delivery that carried it. Meta does not order deliveries, so a deletion may come first: the
 * deleted ids are remembered ({@code deleted_message}) and the message is redacted as soon as it is stored. Runs
 * after the other handlers, in the event's transaction, so it redacts what they have just written.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class MessageRedaction implements InstagramEventHandler {

    private static final Logger log = LoggerFactory.getLogger(MessageRedaction.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String EXCERPT_MARKER = "(message deleted)";

    private final JdbcTemplate jdbc;
    private final DeliveryBodies bodies;
    private final Clock clock;

    MessageRedaction(JdbcTemplate jdbc, DeliveryBodies bodies, Clock clock) {
        this.jdbc = jdbc;
        this.bodies = bodies;
        this.clock = clock;
    }

    @Override
    public void on(StoredEvent stored) {
        if (stored.event() instanceof MessageDeleted deleted) {
            jdbc.update("insert into deleted_message (account_id, mid, deleted_at) values (?, ?, ?) on conflict do nothing",
                    deleted.accountId(), deleted.mid(), Timestamp.from(clock.instant()));
            redact(deleted.accountId(), deleted.senderId(), deleted.mid());
        } else if (stored.event() instanceof MessageReceived message && wasDeleted(message.accountId(), message.mid())) {
            redact(message.accountId(), message.senderId(), message.mid());
        } else if (stored.event() instanceof MessageEdited edit && wasDeleted(edit.accountId(), edit.mid())) {
            redact(edit.accountId(), edit.senderId(), edit.mid());
        }
    }

    private boolean wasDeleted(String accountId, String mid) {
        return mid != null && jdbc.queryForObject("select count(*) from deleted_message where account_id = ?"
                + " and mid = ?", Integer.class, accountId, mid) > 0;
    }

    private void redact(String accountId, String contactId, String mid) {
        Instant now = clock.instant();
        jdbc.update("update conversation_message set text = null, attachments = null, deleted = true where mid = ?"
                + " and conversation_id in (select id from conversation where account_id = ?)", mid, accountId);
        Set<Long> events = new LinkedHashSet<>(jdbc.queryForList("select id from instagram_event where account_id = ?"
                + " and dedup_key = ?", Long.class, accountId, "message:" + mid));
        events.addAll(jdbc.queryForList("select m.event_id from conversation_message m join conversation c"
                + " on c.id = m.conversation_id where c.account_id = ? and m.mid = ? and m.direction = 'in'"
                + " and m.event_id is not null", Long.class, accountId, mid));
        // the contact's edits of it (read through the index on status and conversation, not the whole table)
        jdbc.query("select id, payload from instagram_event where status in ('PENDING', 'HANDLED', 'FAILED')"
                + " and conversation_key = ? and type = 'message_edit'", rs -> {
                    if (mid.equals(midOf(rs.getString(2)))) {
                        events.add(rs.getLong(1));
                    }
                }, accountId + "/contact/" + contactId);
        for (long eventId : events) {
            redactEvent(eventId, accountId, mid, now);
        }
        log.info("Redacted deleted message of account {} ({} stored events)", accountId, events.size());
    }

    private void redactEvent(long eventId, String accountId, String mid, Instant now) {
        jdbc.update("update text_classification set reasons = '' where event_id = ?", eventId);
        jdbc.update("update contact_lead set excerpt = ? where event_id = ?", EXCERPT_MARKER, eventId);
        for (Map<String, Object> row : jdbc.queryForList("select delivery_id, payload from instagram_event"
                + " where id = ? for update", eventId)) {
            redactPayload(eventId, (String) row.get("payload"));
            long deliveryId = ((Number) row.get("delivery_id")).longValue();
            List<Long> carriers = new ArrayList<>(bodies.copiesOf(deliveryId));
            carriers.add(deliveryId);
            for (long carrier : carriers) {
                bodies.rewrite(carrier, accountId, (list, item) -> isTheMessage(list, item, mid)
                        && DeliveryBodies.stripMessage(item) ? Edited.CHANGED : Edited.UNCHANGED, now);
            }
        }
    }

    private static boolean isTheMessage(String list, JsonNode item, String mid) {
        return !list.equals("changes") && mid.equals(DeliveryBodies.midOf(item))
                && !item.path("message").path("is_deleted").asBoolean(false);
    }

    private static String midOf(String payload) {
        try {
            return DeliveryBodies.midOf(JSON.readTree(payload));
        } catch (JacksonException notJson) {
            return null;
        }
    }

    private void redactPayload(long eventId, String payload) {
        try {
            JsonNode item = JSON.readTree(payload);
            if (DeliveryBodies.stripMessage(item)) {
                jdbc.update("update instagram_event set payload = ? where id = ?", JSON.writeValueAsString(item),
                        eventId);
            }
        } catch (JacksonException notJson) {
            jdbc.update("update instagram_event set payload = '{}' where id = ?", eventId);
        }
    }
}
