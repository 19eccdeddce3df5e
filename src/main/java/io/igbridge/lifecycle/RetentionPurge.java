package io.igbridge.lifecycle;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * One batch of the retention purge per table, each in the caller's (short) transaction. Candidates are read without
 * locks, then locked by id with {@code FOR UPDATE SKIP LOCKED}: a row another node is purging, or a worker is
 * handling or replaying, is skipped, never waited for, so several nodes purge side by side without deadlocks.
 */
@Repository
class RetentionPurge {

    private final JdbcTemplate jdbc;

    RetentionPurge(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Handled or failed events stored before {@code cutoff}; never a PENDING one. A lead made from one keeps
     * everything but the event's id; the inbox's messages, classifications and outbox rows keep the id as a number.
     */
    int events(Instant cutoff, int batchSize) {
        return purge("select id from instagram_event where stored_at < ? and status <> 'PENDING' order by stored_at",
                "select id from instagram_event where status <> 'PENDING' and id in (%s)", cutoff, batchSize,
                "update contact_lead set event_id = null where event_id in (%s)",
                "delete from instagram_event where id in (%s)");
    }

    /**
     * Deliveries received before {@code cutoff} that are processed, unparseable or failed, and whose events are all
     * gone (purged before them); never a RECEIVED one, which still waits to be processed.
     */
    int deliveries(Instant cutoff, int batchSize) {
        return purge("select d.id from raw_delivery d where d.received_at < ?"
                + " and d.status in ('PROCESSED', 'UNPARSEABLE', 'FAILED')"
                + " and not exists (select 1 from instagram_event e where e.delivery_id = d.id) order by d.received_at",
                "select id from raw_delivery where status in ('PROCESSED', 'UNPARSEABLE', 'FAILED') and id in (%s)",
                cutoff, batchSize, "delete from raw_delivery_body where delivery_id in (%s)",
                "delete from raw_delivery where id in (%s)");
    }

    /**
     * Reads up to {@code batchSize} candidates, locks those still eligible that nobody holds, and runs the statements
     * on them in order.
     *
     * @return the rows the last statement changed
     */
    private int purge(String candidates, String eligible, Instant cutoff, int batchSize, String... statements) {
        List<Long> ids = jdbc.queryForList(candidates + " limit " + batchSize, Long.class, Timestamp.from(cutoff));
        if (ids.isEmpty()) {
            return 0;
        }
        List<Long> locked = jdbc.queryForList(eligible.formatted(placeholders(ids.size()))
                + " order by id for update skip locked", Long.class, ids.toArray());
        if (locked.isEmpty()) {
            return 0;
        }
        int changed = 0;
        for (String statement : statements) {
            changed = jdbc.update(statement.formatted(placeholders(locked.size())), locked.toArray());
        }
        return changed;
    }

    /** The remembered deletions of messages ({@code deleted_message}) older than {@code cutoff}. */
    int deletedMessages(Instant cutoff, int batchSize) {
        List<Object[]> keys = jdbc.query("select account_id, mid from deleted_message where deleted_at < ?"
                + " order by deleted_at limit " + batchSize, (rs, row) -> new Object[] {rs.getString(1),
                        rs.getString(2)}, Timestamp.from(cutoff));
        return java.util.Arrays.stream(jdbc.batchUpdate("delete from deleted_message where account_id = ? and mid = ?",
                keys)).sum();
    }

    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
