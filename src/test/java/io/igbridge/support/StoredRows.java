package io.igbridge.support;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/** Reads what the service stored, straight from its database, for assertions. */
public final class StoredRows {

    private final JdbcTemplate jdbc;

    public StoredRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long deliveryCount() {
        return jdbc.queryForObject("select count(*) from raw_delivery", Long.class);
    }

    public byte[] body(long deliveryId) {
        return jdbc.queryForObject("select body from raw_delivery where id = ?", byte[].class, deliveryId);
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
}
