package io.igbridge.lifecycle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.igbridge.lifecycle.DeliveryBodies.Edited;
import io.igbridge.lifecycle.DeliveryBodies.Rewrite;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Deletes everything stored about one person of one account (GDPR), in one transaction: their conversation and
 * what hangs on it, their messaging window, cooldowns, tags, leads, classifications, the outbox's actions to them or
 * made from their events (sent or not: a sent DM's payload holds what we wrote to them), their events, and their
 * items in the raw deliveries — a delivery holding only theirs is deleted, one holding other people's items too is
 * rewritten without theirs (and marked redacted: it no longer matches Meta's signature).
 */
@Service
public class ContactEraser {

    private static final Logger log = LoggerFactory.getLogger(ContactEraser.class);
    private static final int CHUNK = 500;

    private final JdbcTemplate jdbc;
    private final DeliveryBodies bodies;
    private final Clock clock;

    ContactEraser(JdbcTemplate jdbc, DeliveryBodies bodies, Clock clock) {
        this.jdbc = jdbc;
        this.bodies = bodies;
        this.clock = clock;
    }

    /** @return what was removed; empty when nothing at all was stored about the person (nothing changed) */
    @Transactional
    public Optional<ContactDeletion> delete(String accountId, String userId) {
        Instant now = clock.instant();
        // their events first, locked: a worker handling one of them finishes (and commits what it wrote) before
        // anything is deleted, so nothing it writes survives the deletion
        Set<Long> events = new LinkedHashSet<>(jdbc.queryForList("select id from instagram_event"
                + " where conversation_key = ? order by id for update", Long.class, accountId + "/contact/" + userId));
        Map<String, Integer> removed = new LinkedHashMap<>();
        List<Long> onlyTheirs = new ArrayList<>();
        int redacted = 0;
        for (long deliveryId : bodies.containing("\"" + userId + "\"")) {
            Rewrite rewrite = bodies.rewrite(deliveryId, accountId, (list, item) -> isTheirs(list, item, userId)
                    ? Edited.REMOVE : Edited.UNCHANGED, now);
            if (rewrite.changed() && rewrite.itemsLeft()) {
                redacted++;
            } else if (rewrite.changed()) {
                onlyTheirs.add(deliveryId);
            }
        }
        for (List<Long> chunk : chunks(onlyTheirs)) {
            events.addAll(jdbc.queryForList("select id from instagram_event where delivery_id in ("
                    + RetentionPurge.placeholders(chunk.size()) + ")", Long.class, chunk.toArray()));
        }
        List<Long> eventIds = List.copyOf(events);

        removeConversation(accountId, userId, removed);
        removed.put("text_classification", byIds("delete from text_classification where event_id in (%s)", eventIds)
                + jdbc.update("delete from text_classification where account_id = ? and user_id = ?", accountId, userId));
        removed.put("contact_lead", jdbc.update("delete from contact_lead where account_id = ? and user_id = ?",
                accountId, userId) + byIds("delete from contact_lead where event_id in (%s)", eventIds));
        removed.put("outbox_action", jdbc.update("delete from outbox_action where account_id = ? and recipient_id = ?",
                accountId, userId) + byIds("delete from outbox_action where event_id in (%s)", eventIds));
        for (String table : List.of("messaging_window", "rule_cooldown", "contact_tag")) {
            removed.put(table, jdbc.update("delete from " + table + " where account_id = ? and user_id = ?", accountId,
                    userId));
        }
        removed.put("instagram_event", byIds("delete from instagram_event where id in (%s)", eventIds));
        byIds("delete from raw_delivery_body where delivery_id in (%s)", onlyTheirs);
        removed.put("raw_delivery", byIds("delete from raw_delivery where id in (%s)", onlyTheirs));

        ContactDeletion deletion = new ContactDeletion(accountId, Collections.unmodifiableMap(removed), redacted);
        if (deletion.total() == 0) {
            return Optional.empty();
        }
        log.info("Deleted the data of contact {} of account {}: {} rows, {} deliveries rewritten", hash(userId),
                accountId, deletion.total() - redacted, redacted);
        return Optional.of(deletion);
    }

    private void removeConversation(String accountId, String userId, Map<String, Integer> removed) {
        List<Long> conversations = jdbc.queryForList("select id from conversation where account_id = ? and user_id = ?",
                Long.class, accountId, userId);
        int messages = 0;
        int notes = 0;
        int escalations = 0;
        int announcements = 0;
        for (long id : conversations) {
            messages += jdbc.update("delete from conversation_message where conversation_id = ?", id);
            notes += jdbc.update("delete from conversation_note where conversation_id = ?", id);
            escalations += jdbc.update("delete from escalation where conversation_id = ?", id);
            // the team's announcements name the contact (Escalations, Renotifications)
            announcements += jdbc.update("delete from outbox_action where idempotency_key like ?"
                    + " or idempotency_key like ?", "escalation:" + id + ":%", "renotify:" + id + ":%");
        }
        removed.put("conversation_message", messages);
        removed.put("conversation_note", notes);
        removed.put("escalation", escalations);
        removed.put("conversation", jdbc.update("delete from conversation where account_id = ? and user_id = ?",
                accountId, userId));
        removed.merge("outbox_action", announcements, Integer::sum);
    }

    /** Their items: DMs from or to them ({@code messaging[]}, {@code standby[]}), and their comments ({@code changes[]}). */
    private static boolean isTheirs(String list, JsonNode item, String userId) {
        if (list.equals("changes")) {
            return userId.equals(item.path("value").path("from").path("id").asString(null));
        }
        return userId.equals(item.path("sender").path("id").asString(null))
                || userId.equals(item.path("recipient").path("id").asString(null));
    }

    private int byIds(String sql, List<Long> ids) {
        int count = 0;
        for (List<Long> chunk : chunks(ids)) {
            count += jdbc.update(sql.formatted(RetentionPurge.placeholders(chunk.size())), chunk.toArray());
        }
        return count;
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
        }
        return chunks;
    }

    /** Logs name a person by a hash, never by their id. */
    static String hash(String userId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(userId.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
