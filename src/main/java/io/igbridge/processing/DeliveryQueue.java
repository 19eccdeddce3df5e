package io.igbridge.processing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.LongPredicate;

import io.igbridge.support.CandidateClaims;
import io.igbridge.support.Text;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The stored deliveries seen as a work queue. Claims lock the row ({@code FOR UPDATE SKIP LOCKED}, on H2 and on
 * PostgreSQL alike) for the length of the caller's transaction, so two workers, or two nodes, never take the
 * same delivery, and a worker that dies releases its claim with its connection.
 */
@Repository
class DeliveryQueue {

    /** A delivery with its body (kept apart, {@code raw_delivery_body}: see migration V10). */
    private static final String COLUMNS = "d.id, b.body, d.test, d.received_at, d.status, d.last_error";
    private static final String DELIVERY = " from raw_delivery d join raw_delivery_body b on b.delivery_id = d.id";

    private final JdbcTemplate jdbc;
    private final WaitingDeliveriesFloor floor;

    DeliveryQueue(JdbcTemplate jdbc, WaitingDeliveriesFloor floor) {
        this.jdbc = jdbc;
        this.floor = floor;
    }

    /**
     * Claims up to {@code max} of the oldest due deliveries no other worker holds ({@link CandidateClaims}), trying
     * only the candidates {@code mayTry} accepts (not held by another thread of this node: ClaimsUnderWay). The
     * candidates are read in the order of the index on (status, id), from {@link WaitingDeliveriesFloor}, so the read
     * ends after a few rows whatever the backlog and however many deliveries were processed before it.
     */
    List<StoredDelivery> claimDue(Instant now, int max, LongPredicate mayTry) {
        Timestamp due = Timestamp.from(now);
        List<Long> candidates = jdbc.queryForList("select id from raw_delivery where status = 'RECEIVED' and id >= ?"
                + " and next_attempt_at <= ? order by status, id limit " + CandidateClaims.LIMIT, Long.class,
                floor.id(), due);
        return CandidateClaims.lockedUpTo(max, candidates, mayTry, id -> jdbc.query("select " + COLUMNS + DELIVERY
                + " where d.id = ? and d.status = 'RECEIVED' and d.next_attempt_at <= ? for update skip locked",
                DeliveryQueue::claimed, id, due).stream().findFirst());
    }

    /** Locks one delivery whatever its status, waiting for a worker that holds it to finish. */
    Optional<StoredDelivery> lock(long id) {
        List<StoredDelivery> rows = jdbc.query("select " + COLUMNS + DELIVERY + " where d.id = ? for update",
                DeliveryQueue::claimed, id);
        return rows.stream().findFirst();
    }

    /** Reads one delivery, without locking it. */
    Optional<StoredDelivery> find(long id) {
        return jdbc.query("select " + COLUMNS + DELIVERY + " where d.id = ?", DeliveryQueue::claimed, id)
                .stream().findFirst();
    }

    void markProcessed(long id, String accountIds, int eventCount, Instant now) {
        jdbc.update("update raw_delivery set status = 'PROCESSED', account_id = ?, event_count = ?, processed_at = ?,"
                + " attempts = attempts + 1, last_error = null where id = ?",
                accountIds, eventCount, Timestamp.from(now), id);
    }

    void markUnparseable(long id, String problem, Instant now) {
        jdbc.update("update raw_delivery set status = 'UNPARSEABLE', last_error = ?, event_count = 0,"
                + " processed_at = ?, attempts = attempts + 1 where id = ?", limit(problem), Timestamp.from(now), id);
    }

    /** Records a failed attempt: retried at {@code retryAt}, or given up ({@code FAILED}) when {@code giveUp}. */
    void recordFailure(long id, String error, Instant retryAt, boolean giveUp) {
        jdbc.update("update raw_delivery set attempts = attempts + 1, last_error = ?, next_attempt_at = ?,"
                + " status = ? where id = ? and status = 'RECEIVED'",
                limit(error), Timestamp.from(retryAt), giveUp ? "FAILED" : "RECEIVED", id);
    }

    /** Makes a delivery due again, whatever became of it, with a fresh retry budget. */
    boolean requeue(long id, Instant now) {
        boolean requeued = jdbc.update("update raw_delivery set status = 'RECEIVED', attempts = 0,"
                + " next_attempt_at = ?, last_error = null where id = ?", Timestamp.from(now), id) == 1;
        floor.deliveryRequeued();
        return requeued;
    }

    Optional<Integer> attempts(long id) {
        return jdbc.query("select attempts from raw_delivery where id = ?", (rs, row) -> rs.getInt(1), id)
                .stream().findFirst();
    }

    private static StoredDelivery claimed(ResultSet rs, int row) throws SQLException {
        return new StoredDelivery(rs.getLong("id"), rs.getBytes("body"), rs.getBoolean("test"),
                rs.getTimestamp("received_at").toInstant(), DeliveryStatus.valueOf(rs.getString("status")),
                rs.getString("last_error"));
    }

    private static String limit(String text) {
        return Text.limit(text, 1000);
    }
}
