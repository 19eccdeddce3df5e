package io.igbridge.processing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.igbridge.support.CandidateClaims;
import io.igbridge.support.Text;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The stored events waiting to be handled ({@code PENDING}), and whose turn it is. An event's turn comes when no
 * earlier event of its conversation is still waiting (events of one contact are handled in timestamp order, on
 * any number of nodes) and no earlier delivery is still waiting to be parsed (it could hold an earlier event of
 * the same conversation). Claims lock the row ({@code FOR UPDATE SKIP LOCKED}) for the claiming transaction: a
 * node that dies releases them with its connection.
 */
@Repository
class EventQueue {

    /** Nothing earlier of the same conversation waits, and no earlier delivery is still unparsed. */
    private static final String TURN = """
            and not exists (select 1 from instagram_event p where p.status = 'PENDING'
                and p.conversation_key = e.conversation_key
                and (p.occurred_at < e.occurred_at or (p.occurred_at = e.occurred_at and p.id < e.id)))
            and not exists (select 1 from raw_delivery d where d.status = 'RECEIVED' and d.attempts = 0
                and d.id >= ? and d.id < e.delivery_id)
            """;

    private static final String WAITING =
            "select e.id, e.delivery_id, e.account_id, e.dedup_key from instagram_event e";
    private static final RowMapper<WaitingEvent> WAITING_EVENT = (rs, row) -> new WaitingEvent(rs.getLong(1),
            rs.getLong(2), rs.getString(3), rs.getString(4));

    private final JdbcTemplate jdbc;
    /** Where the turn check's look for an earlier delivery still unparsed starts. */
    private final WaitingDeliveriesFloor deliveriesFloor;

    EventQueue(JdbcTemplate jdbc, WaitingDeliveriesFloor deliveriesFloor) {
        this.jdbc = jdbc;
        this.deliveriesFloor = deliveriesFloor;
    }

    /** Claims this (just stored) event if its turn has come and no other worker holds it. */
    Optional<Long> claim(long eventId) {
        // locked by a short statement, its turn checked by another: H2 parses a FOR UPDATE statement at every call
        // (it caches no locking query), and this one ran for every event; on PostgreSQL, one statement doing both
        // checked the turn before it found the row locked by another worker, and cost more than it saved
        List<Long> locked = jdbc.queryForList("select id from instagram_event where id = ? and status = 'PENDING'"
                + " for update skip locked", Long.class, eventId);
        return locked.isEmpty() ? Optional.empty() : ifItsTurn(eventId);
    }

    /**
     * Claims this event if it still waits and its turn has come, waiting for a worker that holds it to finish first
     * (the row is then re-read, so an event that worker handled is not claimed again).
     */
    Optional<Long> claimWaitingFor(long eventId) {
        jdbc.queryForList("select id from instagram_event where id = ? for update", Long.class, eventId);
        return ifItsTurn(eventId);
    }

    /** The event, if it still waits (read after locking it) and its turn has come. */
    private Optional<Long> ifItsTurn(long eventId) {
        return jdbc.queryForList("select e.id from instagram_event e where e.id = ? and e.status = 'PENDING' " + TURN,
                Long.class, eventId, deliveriesFloor.id()).stream().findFirst();
    }

    /** The events of one delivery that still wait, oldest first. */
    List<WaitingEvent> waitingOf(long deliveryId) {
        return jdbc.query(WAITING + " where e.delivery_id = ? and e.status = 'PENDING' order by e.occurred_at, e.id",
                WAITING_EVENT, deliveryId);
    }

    /**
     * The oldest waiting events whose turn has come, at most {@link CandidateClaims#LIMIT}, one per conversation: to be
     * claimed one by one ({@link #claim}), as other workers may hold some.
     */
    List<WaitingEvent> dueCandidates(Instant now) {
        return jdbc.query(WAITING + " where e.status = 'PENDING' and e.next_attempt_at <= ? " + TURN
                + "order by e.status, e.id limit " + CandidateClaims.LIMIT, WAITING_EVENT, Timestamp.from(now),
                deliveriesFloor.id());
    }

    void markHandled(long eventId, Instant now) {
        jdbc.update("update instagram_event set status = 'HANDLED', handled_at = ?, attempts = attempts + 1,"
                + " last_error = null where id = ?", Timestamp.from(now), eventId);
    }

    /** Records a failed attempt: retried at {@code retryAt}, or given up ({@code FAILED}) when {@code giveUp}. */
    void recordFailure(long eventId, String error, Instant retryAt, boolean giveUp) {
        jdbc.update("update instagram_event set attempts = attempts + 1, last_error = ?, next_attempt_at = ?,"
                + " status = ? where id = ? and status = 'PENDING'",
                Text.limit(error, 1000), Timestamp.from(retryAt), giveUp ? "FAILED" : "PENDING", eventId);
    }

    int attempts(long eventId) {
        Integer attempts = jdbc.queryForObject("select attempts from instagram_event where id = ?", Integer.class,
                eventId);
        return attempts == null ? 0 : attempts;
    }

    /** A waiting event as claimed: enough to find it again in its delivery. */
    record WaitingEvent(long id, long deliveryId, String accountId, String dedupKey) {
    }
}
