package io.igbridge.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.igbridge.notifications.NotificationTarget;
import io.igbridge.storage.SqlDialect;
import io.igbridge.support.AtMostEvery;
import io.igbridge.support.CandidateClaims;
import io.igbridge.support.ClaimsUnderWay;
import io.igbridge.support.Reread;
import io.igbridge.support.Text;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox rows as a work queue shared by every node. A claim takes a due row with {@code FOR UPDATE SKIP
 * LOCKED} and marks it {@code IN_FLIGHT} until a lease runs out, in a short transaction of its own, so no
 * transaction stays open during the call to Meta. A node that dies mid-call leaves its row to be claimed again
 * once the lease has expired.
 *
 * <p>Every claim increments {@code attempts}, and every later update of the row is fenced on that value: a node
 * whose lease expired and whose row was claimed again can no longer record anything, nor send further DM parts.
 */
@Repository
class OutboxQueue {

    private static final String COLUMNS = "id, account_id, type, payload, attempts, parts_done, notify_group, target";
    private static final String FENCE = " where id = ? and status = 'IN_FLIGHT' and attempts = ?";
    /** Adds ids (the parameter, three times: comma-separated, possibly empty) to those recorded, in the update. */
    private static final String APPEND_RESULT_IDS = "result_ids = case when ? = '' then result_ids"
            + " when result_ids is null or result_ids = '' then substring(? from 1 for 2000)"
            + " else substring(result_ids || ',' || ? from 1 for 2000) end";
    /**
     * Its account neither paused nor throttled, its contact's turn, and no other alert of its group to its target
     * being sent (the two parameters: now).
     */
    private static final String READY = " and (a.type = 'notify' or not exists (select 1 from account_state s"
            + " where s.account_id = a.account_id and (s.needs_reauthorization = true or s.throttled_until > ?)))"
            // one contact's messages go out in the order they were decided, whatever the number of workers
            + " and (a.recipient_id is null or not exists (select 1 from outbox_action b"
            + " where b.account_id = a.account_id and b.recipient_id = a.recipient_id"
            + " and b.status in ('PENDING', 'IN_FLIGHT') and b.id < a.id))"
            // an alert waits for the one of its group being sent, which may take it along (NotifyExecutor), instead
            // of going out alone beside it from another thread; a lease run out no longer holds it
            + " and (a.notify_group is null or not exists (select 1 from outbox_action g"
            + " where g.notify_group = a.notify_group and g.target = a.target and g.status = 'IN_FLIGHT'"
            + " and g.id <> a.id and g.lease_until >= ?))";
    private static final String PENDING_DUE = "a.status = 'PENDING' and a.next_attempt_at <= ?";
    private static final String LEASE_EXPIRED = "a.status = 'IN_FLIGHT' and a.lease_until < ?";
    /** Due, or left in flight past its lease. */
    private static final String DUE = "((" + PENDING_DUE + ") or (" + LEASE_EXPIRED + "))";
    /**
     * Candidates in the order of the index on (status, next_attempt_at, id), which ends the read after a few rows:
     * a claim costs the same whatever the backlog and the history (sorted any other way, every due row was read).
     */
    private static final String CANDIDATES = " order by a.status, a.next_attempt_at, a.id limit "
            + CandidateClaims.LIMIT;

    /**
     * How long the earliest pending action's due time is trusted as where the read of pending actions starts, and how
     * often leases are looked at for expiry. On PostgreSQL an update leaves the row's old index entry behind until a
     * vacuum: read from the start of their range, the pending and in-flight actions' candidates went through the
     * entries of every action sent since (WaitingDeliveriesFloor says the same of deliveries, with figures).
     */
    private static final Duration REREAD = Duration.ofSeconds(1);
    /** Leases last minutes ({@code IGBRIDGE_OUTBOX_LEASE}): one expired is taken over a few seconds later at most. */
    private static final Duration LEASE_CHECKS = Duration.ofSeconds(5);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final SqlDialect dialect;
    /** No action due before this is pending (within a second's margin), read at most once a {@link #REREAD}. */
    private final Reread<Timestamp> pendingFrom = new Reread<>(REREAD, this::earliestPending);
    private final AtMostEvery leaseCheck = new AtMostEvery(LEASE_CHECKS);
    private final ClaimsUnderWay claimsUnderWay = new ClaimsUnderWay();

    OutboxQueue(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock, SqlDialect dialect) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.dialect = dialect;
    }

    /**
     * Claims the oldest due action of an account whose sends are neither paused nor throttled, and to a contact with
     * no earlier action still waiting or in flight ({@link CandidateClaims}), in a short transaction of its own.
     */
    Optional<PendingAction> claimNextDue(Instant now, Instant leaseUntil) {
        return claimDue(now, leaseUntil, 1).stream().findFirst();
    }

    /**
     * Claims up to {@code max} of the oldest due actions of accounts whose sends are neither paused nor throttled, to
     * contacts with no earlier action still waiting or in flight ({@link CandidateClaims}): one per contact, in one
     * short transaction (a commit per claim was a large part of the outbox's cost under load).
     */
    List<PendingAction> claimDue(Instant now, Instant leaseUntil, int max) {
        Timestamp at = Timestamp.from(now);
        List<Long> candidates = new ArrayList<>();
        if (leaseCheck.due()) {
            candidates.addAll(jdbc.queryForList("select a.id from outbox_action a where " + LEASE_EXPIRED + READY
                    + CANDIDATES, Long.class, at, at, at));
        }
        candidates.addAll(jdbc.queryForList("select a.id from outbox_action a where " + PENDING_DUE
                + " and a.next_attempt_at >= ?" + READY + CANDIDATES, Long.class, at, pendingFrom.get(), at, at));
        if (candidates.isEmpty()) {
            return List.of();
        }
        return claimsUnderWay.claim(mayTry -> transaction.execute(status -> CandidateClaims.lockedUpTo(max,
                candidates, mayTry, id -> claimIfReady(id, at, leaseUntil))));
    }

    /**
     * READY is checked inside the claiming transaction, so a contact's second action waits for its first, and an alert
     * for the one of its group claimed before it (which takes it along: NotifyExecutor). On PostgreSQL one statement
     * locks, checks and marks the row; on H2 it is locked by a short statement, checked by another and marked by a
     * third: H2 parses a FOR UPDATE statement at every call.
     */
    private Optional<PendingAction> claimIfReady(long id, Timestamp at, Instant leaseUntil) {
        if (dialect.postgresql()) {
            // attempts as they were before this claim, as pending() expects them
            return jdbc.query("update outbox_action set status = 'IN_FLIGHT', lease_until = ?, attempts = attempts + 1"
                    + " where id = (select a.id from outbox_action a where a.id = ? and " + DUE + READY
                    + " for update skip locked) returning id, account_id, type, payload, attempts - 1 as attempts,"
                    + " parts_done, notify_group, target", OutboxQueue::pending, Timestamp.from(leaseUntil), id, at, at,
                    at, at).stream().findFirst();
        }
        Optional<PendingAction> row = jdbc.query("select " + COLUMNS + " from outbox_action a where a.id = ? and "
                + DUE + " for update skip locked", OutboxQueue::pending, id, at, at).stream()
                .filter(locked -> !jdbc.queryForList("select a.id from outbox_action a where a.id = ?" + READY,
                        Long.class, locked.id(), at, at).isEmpty())
                .findFirst();
        row.ifPresent(claimed -> markInFlight(claimed.id(), leaseUntil));
        return row;
    }

    /** Claims the other pending notifications of a group, to go out in the same message. */
    List<PendingAction> claimGroup(PendingAction first, Instant leaseUntil) {
        return transaction.execute(status -> {
            List<PendingAction> rows = jdbc.query("select " + COLUMNS + " from outbox_action"
                    + " where notify_group = ? and target = ? and status = 'PENDING' and id <> ? order by id limit 100"
                    + " for update skip locked", OutboxQueue::pending, first.notifyGroup(), first.target().name(),
                    first.id());
            rows.forEach(row -> markInFlight(row.id(), leaseUntil));
            return rows;
        });
    }

    private void markInFlight(long id, Instant leaseUntil) {
        jdbc.update("update outbox_action set status = 'IN_FLIGHT', lease_until = ?, attempts = attempts + 1"
                + " where id = ?", Timestamp.from(leaseUntil), id);
    }

    /** Extends this claim's lease (before each part of a long DM); false when the claim is no longer ours. */
    boolean renewLease(PendingAction claim, Instant leaseUntil) {
        return jdbc.update("update outbox_action set lease_until = ?" + FENCE, Timestamp.from(leaseUntil), claim.id(),
                claim.attempts()) == 1;
    }

    /** Done; {@code resultIds} are added to those already recorded (the parts of a long DM). */
    void markDone(PendingAction claim, List<String> resultIds, Instant now) {
        String added = String.join(",", resultIds);
        jdbc.update("update outbox_action set status = 'DONE', completed_at = ?, lease_until = null,"
                + " last_error = null, error_kind = null, " + APPEND_RESULT_IDS + FENCE, Timestamp.from(now), added,
                added, added, claim.id(), claim.attempts());
    }

    /**
     * Records the parts of a long DM already delivered, as soon as each is, so a retry never resends them.
     *
     * @return false when the claim is no longer ours (another node took the row over): stop sending
     */
    boolean recordProgress(PendingAction claim, int partsDone, List<String> resultIds) {
        String added = String.join(",", resultIds);
        return jdbc.update("update outbox_action set parts_done = ?, " + APPEND_RESULT_IDS + FENCE, partsDone, added,
                added, added, claim.id(), claim.attempts()) == 1;
    }

    /**
     * A second before the earliest due time of a pending action, or before now when none is pending: actions made
     * pending later are due now or later (on this node's clock; another node's more than a second behind is read at the
     * next {@link #REREAD}).
     */
    private Timestamp earliestPending() {
        Timestamp earliest = jdbc.queryForObject("select min(next_attempt_at) from outbox_action"
                + " where status = 'PENDING'", Timestamp.class);
        Instant from = earliest != null ? earliest.toInstant() : clock.instant();
        return Timestamp.from(from.minus(REREAD));
    }

    /** Gives back a claim not carried out (its account was held meanwhile, or its lease ran short): due now again. */
    void release(PendingAction claim, Instant now) {
        jdbc.update("update outbox_action set status = 'PENDING', next_attempt_at = ?, lease_until = null,"
                + " attempts = attempts - 1" + FENCE, Timestamp.from(now), claim.id(), claim.attempts());
    }

    /** Back to PENDING, due at {@code due}; {@code countAttempt = false} when the wait is Meta's, not a failure. */
    void reschedule(PendingAction claim, Instant due, String errorKind, String error, boolean countAttempt) {
        jdbc.update("update outbox_action set status = 'PENDING', next_attempt_at = ?, lease_until = null,"
                + " error_kind = ?, last_error = ?, attempts = attempts - ?" + FENCE,
                Timestamp.from(due), errorKind, limit(error), countAttempt ? 0 : 1, claim.id(), claim.attempts());
    }

    /** Ends the action: {@code FAILED} (permanent error) or {@code DEAD} (retries exhausted). */
    void finish(PendingAction claim, String status, String errorKind, String error, Instant now) {
        jdbc.update("update outbox_action set status = ?, completed_at = ?, lease_until = null, error_kind = ?,"
                + " last_error = ?" + FENCE, status, Timestamp.from(now), errorKind, limit(error), claim.id(),
                claim.attempts());
    }

    /**
     * Whether we hid this comment, or are about to (a hide that has not failed or been cancelled): Meta takes no
     * reply under a hidden comment.
     */
    boolean commentWasHidden(String accountId, String commentId) {
        List<String> hides = jdbc.queryForList("select type from outbox_action where account_id = ? and comment_id = ?"
                + " and status in ('PENDING', 'IN_FLIGHT', 'DONE') and type in ('hide_comment', 'unhide_comment')"
                + " order by id desc", String.class, accountId, commentId);
        return !hides.isEmpty() && hides.get(0).equals("hide_comment");
    }

    /** Holds all of an account's sends until {@code until}: Meta's rate limits count per account and app. */
    void throttleAccount(String accountId, Instant until) {
        ensureAccountState(accountId);
        jdbc.update("update account_state set throttled_until = ? where account_id = ?"
                + " and (throttled_until is null or throttled_until < ?)", Timestamp.from(until), accountId,
                Timestamp.from(until));
    }

    /** Pauses an account's sends; true only for the call that paused it (so the team is told once). */
    boolean pauseAccount(String accountId, String error, Instant now) {
        ensureAccountState(accountId);
        return jdbc.update("update account_state set needs_reauthorization = true, reauthorization_since = ?,"
                + " last_error = ? where account_id = ? and needs_reauthorization = false",
                Timestamp.from(now), limit(error), accountId) == 1;
    }

    boolean resumeAccount(String accountId) {
        return jdbc.update("update account_state set needs_reauthorization = false where account_id = ?"
                + " and needs_reauthorization = true", accountId) == 1;
    }

    boolean pausedForReauthorization(String accountId) {
        return !jdbc.queryForList("select 1 from account_state where account_id = ? and needs_reauthorization = true",
                Integer.class, accountId).isEmpty();
    }

    private void ensureAccountState(String accountId) {
        jdbc.update("insert into account_state (account_id, needs_reauthorization) values (?, false)"
                + " on conflict do nothing", accountId);
    }

    private static PendingAction pending(ResultSet rs, int row) throws SQLException {
        Action action;
        try {
            action = ActionCodec.fromJson(rs.getString("type"), rs.getString("payload"));
        } catch (RuntimeException unreadable) {
            action = null; // the dispatcher records it as a permanent failure instead of blocking the queue
        }
        String target = rs.getString("target");
        return new PendingAction(rs.getLong("id"), rs.getString("account_id"), action, rs.getInt("attempts") + 1,
                rs.getInt("parts_done"), rs.getString("notify_group"),
                target == null ? null : NotificationTarget.valueOf(target));
    }

    private static String limit(String text) {
        return Text.limit(text, 1000);
    }
}
