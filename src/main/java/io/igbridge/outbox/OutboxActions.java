package io.igbridge.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** What operators see and do with outbox actions: list them by state, retry a finished one, cancel a pending one. */
@Repository
public class OutboxActions {

    public static final Set<String> STATES = Set.of("PENDING", "IN_FLIGHT", "DONE", "FAILED", "DEAD", "CANCELLED");

    private final JdbcTemplate jdbc;
    private final Clock clock;

    private final Reauthorizations reauthorizations;

    OutboxActions(JdbcTemplate jdbc, Reauthorizations reauthorizations, Clock clock) {
        this.jdbc = jdbc;
        this.reauthorizations = reauthorizations;
        this.clock = clock;
    }

    /** An outbox row as operators see it. */
    public record ActionView(long id, String accountId, String type, String status, int attempts,
            Instant nextAttemptAt, Instant createdAt, Instant completedAt, String resultIds, String errorKind,
            String lastError, String idempotencyKey, String payload) {
    }

    public List<ActionView> list(String status, int limit) {
        return jdbc.query("select * from outbox_action where status = ? order by id desc limit ?", (rs, row) ->
                new ActionView(rs.getLong("id"), rs.getString("account_id"), rs.getString("type"),
                        rs.getString("status"), rs.getInt("attempts"), instant(rs.getTimestamp("next_attempt_at")),
                        instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("completed_at")),
                        rs.getString("result_ids"), rs.getString("error_kind"), rs.getString("last_error"),
                        rs.getString("idempotency_key"), rs.getString("payload")), status, limit);
    }

    /** An action decided for an event of a delivery, as the test endpoint shows it. */
    public record DecidedAction(String type, String status, String payload) {
    }

    /** The actions decided for the events of one delivery. */
    public List<DecidedAction> decidedFor(long deliveryId) {
        return jdbc.query("select a.type, a.status, a.payload from outbox_action a join instagram_event e"
                + " on a.event_id = e.id where e.delivery_id = ? order by a.id", (rs, row) ->
                new DecidedAction(rs.getString(1), rs.getString(2), rs.getString(3)), deliveryId);
    }

    /** Makes a failed, dead or cancelled action due again, with a fresh retry budget. */
    public boolean retry(long id) {
        return jdbc.update("update outbox_action set status = 'PENDING', attempts = 0, next_attempt_at = ?,"
                + " completed_at = null where id = ? and status in ('FAILED', 'DEAD', 'CANCELLED')",
                Timestamp.from(clock.instant()), id) == 1;
    }

    /** Cancels an action that has not been sent yet. */
    public boolean cancel(long id) {
        return jdbc.update("update outbox_action set status = 'CANCELLED', completed_at = ? where id = ?"
                + " and status = 'PENDING'", Timestamp.from(clock.instant()), id) == 1;
    }

    /** Resumes an account's sends after its token was renewed. */
    public boolean resumeAccount(String accountId) {
        return reauthorizations.resume(accountId);
    }

    /** The accounts whose sends are paused until their token is renewed. */
    public List<String> accountsNeedingReauthorization() {
        return jdbc.queryForList("select account_id from account_state where needs_reauthorization = true"
                + " order by account_id", String.class);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
