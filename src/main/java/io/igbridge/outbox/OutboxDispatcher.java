package io.igbridge.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

import io.igbridge.config.IgbridgeProperties;
import io.igbridge.support.Failures;
import io.igbridge.support.ForegroundWork;
import io.igbridge.support.RetryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Executes due actions and records what came of it: done (with Meta's ids), retried with backoff, waited
 * out (rate limit), given up ({@code DEAD}) or failed for good ({@code FAILED}); a token that must be renewed
 * pauses the account's sends and tells the team once.
 *
 * <p>At most once is not achievable against Meta's API (it takes no idempotency key): if the node dies after
 * Meta answered and before the row is marked done, the action is sent again once its lease expires. That window
 * is one HTTP round trip plus one row update; a long DM records each delivered part at once, so only the part
 * in flight can repeat. (See {@link GraphActionExecutor}.)
 */
@Service
public class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final Duration FIRST_RECORD_RETRY = Duration.ofMillis(100);
    private static final Duration LAST_RECORD_RETRY = Duration.ofSeconds(5);
    /** Actions claimed in one transaction, at most. */
    public static final int BATCH = 16;

    private final OutboxQueue queue;
    private final List<ActionExecutor> executors;
    private final Reauthorizations reauthorizations;
    private final OutboxMetrics metrics;
    private final IgbridgeProperties.Outbox settings;
    /** The longest a call to Meta takes (its timeout): an action is not started with less than twice that left. */
    private final Duration callTime;
    private final RetryPolicy retry;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ForegroundWork foreground;
    private final RandomGenerator random = RandomGenerator.getDefault();
    private final CallsPerAccount calls;

    OutboxDispatcher(OutboxQueue queue, List<ActionExecutor> executors, Reauthorizations reauthorizations,
            OutboxMetrics metrics,
            TransactionTemplate transaction, IgbridgeProperties properties, Clock clock, ForegroundWork foreground) {
        this.transaction = transaction;
        this.queue = queue;
        this.executors = List.copyOf(executors);
        this.reauthorizations = reauthorizations;
        this.metrics = metrics;
        this.settings = properties.outbox();
        this.callTime = properties.graphApi() == null ? IgbridgeProperties.GraphApi.DEFAULT_TIMEOUT
                : properties.graphApi().timeout();
        this.retry = new RetryPolicy(settings.retryBackoff(), settings.maxRetryBackoff(), settings.maxAttempts());
        this.clock = clock;
        this.foreground = foreground;
        this.calls = new CallsPerAccount(settings.workers(), clock);
    }

    /**
     * Claims a batch of due actions, at most {@value #BATCH} (one per contact), in one transaction, then executes them
     * one after the other, each recorded as soon as it is done: a node killed mid-batch may repeat only the call in
     * flight, as with one action a claim. An account's actions wait for its turn ({@link CallsPerAccount}: one at a
     * time after a failure, up to one per thread while its calls succeed). An action whose account was throttled or
     * paused since the claim, or whose lease has grown too short for one more call, is given back undone. Between two
     * actions, deliveries being received go first ({@link ForegroundWork}). Returns how many were claimed.
     */
    public int dispatchDue() {
        return dispatchDue(() -> { });
    }

    /** The same; {@code claimedSome} runs once actions are claimed, before they are carried out. */
    int dispatchDue(Runnable claimedSome) {
        Instant claimedAt = clock.instant();
        Instant leaseUntil = claimedAt.plus(settings.lease());
        Instant lastStart = leaseUntil.minus(callTime.multipliedBy(2));
        List<PendingAction> claimed = queue.claimDue(claimedAt, leaseUntil, BATCH);
        if (!claimed.isEmpty()) {
            claimedSome.run(); // another thread may take what is left while these go out one by one
        }
        for (PendingAction pending : claimed) {
            foreground.giveWay();
            Optional<CallsPerAccount.Turn> turn = turnFor(pending, claimedAt, lastStart);
            if (turn.isEmpty()) {
                queue.release(pending, clock.instant());
                continue;
            }
            Outcome outcome = new Outcome.Transient("not carried out");
            try {
                outcome = execute(pending);
            } finally {
                turn.get().leave(outcome);
            }
        }
        return claimed.size();
    }

    /**
     * The account's turn for an action to Meta; alerts (to the team, not to Meta) go at once. Empty when the action
     * must be given back: its account held since the claim, no turn before {@code lastStart}, or this node stopping.
     */
    private Optional<CallsPerAccount.Turn> turnFor(PendingAction pending, Instant claimedAt, Instant lastStart) {
        if (!clock.instant().isBefore(lastStart)) {
            return Optional.empty();
        }
        if (pending.action() == null || pending.action() instanceof Notify) {
            return Optional.of(calls.outsideAnyAccount());
        }
        try {
            return calls.enter(pending, claimedAt, lastStart);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private Outcome execute(PendingAction pending) {
        if (pending.action() == null) {
            Outcome unreadable = new Outcome.Permanent("the stored action can't be read");
            record(pending, unreadable);
            return unreadable;
        }
        if (pending.attempts() > retry.maxAttempts() + 1) {
            // claimed again and again after leases ran out (a node dying on it each time?): stop here
            Outcome abandoned = new Outcome.Permanent("abandoned after " + (pending.attempts() - 1) + " claims");
            record(pending, abandoned);
            return abandoned;
        }
        Outcome outcome;
        try {
            outcome = executors.stream().filter(executor -> executor.handles(pending.action())).findFirst()
                    .map(executor -> executor.execute(pending))
                    .orElse(new Outcome.Permanent("nothing is configured to carry out " + pending.action().type()));
        } catch (RuntimeException unexpected) {
            outcome = new Outcome.Transient(Failures.describe(unexpected));
        }
        recordDurably(pending, outcome);
        return outcome;
    }

    /**
     * Records what came of an action that was carried out; while the database can't take it (an outage), tries
     * again, waiting longer each time, until the claim's lease would end. Dropping the record would leave the row
     * in flight, and the action would be sent again once its lease expired.
     */
    private void recordDurably(PendingAction pending, Outcome outcome) {
        Instant leaseEnds = clock.instant().plus(settings.lease());
        Duration wait = FIRST_RECORD_RETRY;
        while (true) {
            try {
                record(pending, outcome);
                return;
            } catch (DataAccessException | TransactionException unavailable) {
                if (!clock.instant().plus(wait).isBefore(leaseEnds)) {
                    throw unavailable;
                }
                log.warn("Could not record the outcome of action {} ({}); trying again in {} ms", pending.id(),
                        Failures.describe(unavailable), wait.toMillis());
                if (!pause(wait)) {
                    throw unavailable;
                }
                Duration doubled = wait.multipliedBy(2);
                wait = doubled.compareTo(LAST_RECORD_RETRY) > 0 ? LAST_RECORD_RETRY : doubled;
            }
        }
    }

    private static boolean pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
            return true;
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void record(PendingAction pending, Outcome outcome) {
        if (outcome instanceof Outcome.Batch batch) {
            batch.others().forEach(other -> record(other, batch.outcome()));
            record(pending, batch.outcome());
            return;
        }
        Instant now = clock.instant();
        long id = pending.id();
        metrics.executed(typeOf(pending), outcome);
        if (outcome instanceof Outcome.Done done) {
            queue.markDone(pending, done.resultIds(), now);
        } else if (outcome instanceof Outcome.Transient failure) {
            retryOrGiveUp(pending, failure.error(), now);
        } else if (outcome instanceof Outcome.RateLimited limited) {
            Instant until = now.plus(limited.retryAfter());
            queue.reschedule(pending, until, limited.label(), limited.error(), false);
            if (!(pending.action() instanceof Notify)) {
                queue.throttleAccount(pending.accountId(), until); // the limit is the account's, not this action's
            }
        } else if (outcome instanceof Outcome.OverLocalLimit local) {
            queue.reschedule(pending, now.plus(local.retryAfter()), local.label(),
                    "over Meta's per-account limit on this node; waiting", false);
        } else if (outcome instanceof Outcome.Reauthorize reauthorize) {
            transaction.executeWithoutResult(status -> {
                queue.reschedule(pending, now, reauthorize.label(), reauthorize.error(), false);
                reauthorizations.pause(pending.accountId(), reauthorize.error());
            });
        } else if (outcome instanceof Outcome.NotAnswered unanswered) {
            queue.finish(pending, "FAILED", unanswered.label(), unanswered.reason(), now);
        } else if (outcome instanceof Outcome.Permanent failure) {
            queue.finish(pending, "FAILED", failure.label(), failure.error(), now);
            log.warn("Action {} ({}) failed for good: {}", id, typeOf(pending), failure.error());
        }
    }

    private void retryOrGiveUp(PendingAction pending, String error, Instant now) {
        if (retry.givesUpAfter(pending.attempts())) {
            queue.finish(pending, "DEAD", "transient", error, now);
            log.warn("Action {} ({}) given up after {} attempts: {}", pending.id(), typeOf(pending),
                    pending.attempts(), error);
        } else {
            queue.reschedule(pending, now.plus(retry.delayAfter(pending.attempts(), random)), "transient", error,
                    true);
        }
    }

    private static String typeOf(PendingAction pending) {
        return pending.action() == null ? "unreadable" : pending.action().type();
    }
}
