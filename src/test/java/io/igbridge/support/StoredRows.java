package io.igbridge.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Reads what the service stored, straight from its database, for assertions. */
public final class StoredRows {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;

    public StoredRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long deliveryCount() {
        return jdbc.queryForObject("select count(*) from raw_delivery", Long.class);
    }

    public byte[] body(long deliveryId) {
        return jdbc.queryForObject("select body from raw_delivery_body where delivery_id = ?", byte[].class, deliveryId);
    }

    public String status(long deliveryId) {
        return jdbc.queryForObject("select status from raw_delivery where id = ?", String.class, deliveryId);
    }

    public Integer secretSlot(long deliveryId) {
        return jdbc.queryForObject("select secret_slot from raw_delivery where id = ?", Integer.class, deliveryId);
    }

    public boolean isTest(long deliveryId) {
        return jdbc.queryForObject("select test from raw_delivery where id = ?", Boolean.class, deliveryId);
    }

    public int attempts(long deliveryId) {
        return jdbc.queryForObject("select attempts from raw_delivery where id = ?", Integer.class, deliveryId);
    }

    public Map<String, Object> delivery(long deliveryId) {
        return jdbc.queryForMap("select * from raw_delivery where id = ?", deliveryId);
    }

    /** The dedup keys of the stored events of an account, in storage order. */
    public List<String> eventKeys(String accountId) {
        return jdbc.queryForList("select dedup_key from instagram_event where account_id = ? order by id",
                String.class, accountId);
    }

    public long eventCount(String accountId, String dedupKey) {
        return jdbc.queryForObject("select count(*) from instagram_event where account_id = ? and dedup_key = ?",
                Long.class, accountId, dedupKey);
    }

    /** An event's row (status, attempts, last_error, handled_at...), or an empty map when it is not stored. */
    public Map<String, Object> event(String accountId, String dedupKey) {
        return jdbc.queryForList("select * from instagram_event where account_id = ? and dedup_key = ?", accountId,
                dedupKey).stream().findFirst().orElse(Map.of());
    }

    /** PENDING, HANDLED or FAILED; null when the event is not stored. */
    public String eventStatus(String accountId, String dedupKey) {
        return (String) event(accountId, dedupKey).get("status");
    }

    /**
     * The delivery is processed and none of the events it stored waits to be handled any more: its handlers' rows
     * are written. PROCESSED alone is not that: events are handled in a transaction of their own, after the
     * delivery's commits. (A delivery repeating events already stored stores none.)
     */
    public boolean isHandled(long deliveryId) {
        return "PROCESSED".equals(status(deliveryId)) && jdbc.queryForObject("select count(*) from instagram_event"
                + " where delivery_id = ? and status = 'PENDING'", Long.class, deliveryId) == 0;
    }

    public List<String> eventTypesOfDelivery(long deliveryId) {
        return jdbc.queryForList("select type from instagram_event where delivery_id = ? order by id", String.class,
                deliveryId);
    }

    public long outboxCount(String type, String status) {
        return jdbc.queryForObject("select count(*) from outbox_action where type = ? and status = ?", Long.class,
                type, status);
    }

    public String outboxStatus(String idempotencyKey) {
        return jdbc.queryForList("select status from outbox_action where idempotency_key = ?", String.class,
                idempotencyKey).stream().findFirst().orElse("ABSENT");
    }

    public String outboxResultIds(String idempotencyKey) {
        return jdbc.queryForObject("select result_ids from outbox_action where idempotency_key = ?", String.class,
                idempotencyKey);
    }

    public String outboxError(String idempotencyKey) {
        return jdbc.queryForObject("select last_error from outbox_action where idempotency_key = ?", String.class,
                idempotencyKey);
    }

    /** Every stored delivery's bytes, by id. */
    public Map<Long, byte[]> deliveryBodies() {
        Map<Long, byte[]> bodies = new HashMap<>();
        jdbc.query("select delivery_id, body from raw_delivery_body", rs -> {
            bodies.put(rs.getLong(1), rs.getBytes(2));
        });
        return bodies;
    }

    /** How many deliveries are in each status. */
    public Map<String, Long> deliveriesByStatus() {
        Map<String, Long> counts = new HashMap<>();
        jdbc.query("select status, count(*) from raw_delivery group by status", rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }

    /** How many times each event of an account is stored, by dedup key. */
    public Map<String, Long> eventCounts(String accountId) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.query("select dedup_key, count(*) from instagram_event where account_id = ? group by dedup_key", rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        }, accountId);
        return counts;
    }

    /** A DM in the outbox: to whom, what, how it stands, and how many times a dispatcher claimed it. */
    public record OutboxDm(long id, String recipient, String text, String status, int attempts) {
    }

    public List<OutboxDm> outboxDms() {
        return jdbc.query("select id, payload, status, attempts from outbox_action where type = 'send_dm' order by id",
                (rs, row) -> {
                    var payload = JSON.readTree(rs.getString("payload"));
                    return new OutboxDm(rs.getLong("id"), payload.path("recipientId").asString(),
                            payload.path("text").asString(), rs.getString("status"), rs.getInt("attempts"));
                });
    }

    /** The ids of the outbox rows a dispatcher holds now (claimed, its lease running or run out). */
    public Set<Long> actionsInFlight() {
        return Set.copyOf(jdbc.queryForList("select id from outbox_action where status = 'IN_FLIGHT'", Long.class));
    }

    /** A contact's DM as the inbox recorded it. */
    public record RecordedMessage(long id, String mid, Instant sentAt) {
    }

    /** Each contact's DMs in the inbox, in the order they were recorded (by id). */
    public Map<String, List<RecordedMessage>> customerMessagesByContact() {
        Map<String, List<RecordedMessage>> messages = new LinkedHashMap<>();
        jdbc.query("select c.user_id, m.id, m.mid, m.sent_at from conversation_message m"
                + " join conversation c on c.id = m.conversation_id where m.direction = 'in' and m.origin = 'customer'"
                + " order by c.user_id, m.id", rs -> {
                    messages.computeIfAbsent(rs.getString(1), contact -> new ArrayList<>()).add(
                            new RecordedMessage(rs.getLong(2), rs.getString(3), rs.getTimestamp(4).toInstant()));
                });
        return messages;
    }
}
