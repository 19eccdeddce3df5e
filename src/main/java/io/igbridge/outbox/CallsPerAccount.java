package io.igbridge.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * How many of an account's actions this node carries out at once: one at first and after any failure that may be
 * the account's or Meta's (a refused token, a rate limit, a timeout, a 5xx), twice as many after each success, up to
 * the number of sending threads. A healthy account's sends use every thread; an expired token costs one refused call
 * rather than one per thread, and a Graph API that stopped answering leaves one send in doubt at a time (timed out,
 * perhaps delivered: Meta takes no idempotency key) rather than one per thread.
 *
 * <p>Actions waiting for an account's turn take it first tries first, then oldest first (a failing account's
 * retries do not keep new replies from their first try). A refused token or a rate limit also holds the account: an action claimed
 * before that, whose thread waits here, is given back instead of being sent (the claim keeps the account's actions
 * out until it is resumed or the wait is over). Per node: another node learns of a failure from its own calls, and
 * of a hold from the database.
 */
final class CallsPerAccount {

    /** Beyond this many accounts known, the idle ones are forgotten (they start again at one call at a time). */
    static final int REMEMBERED = 1_000;

    private final int most;
    private final Clock clock;
    private final Map<String, Account> accounts = new ConcurrentHashMap<>();

    CallsPerAccount(int most, Clock clock) {
        if (most < 1) {
            throw new IllegalArgumentException("at least one call at a time");
        }
        this.most = most;
        this.clock = clock;
    }

    /**
     * Waits for the account's turn to carry out an action claimed at {@code claimedAt}, until {@code deadline} at the
     * latest. Empty, without a turn, when the deadline passed or the account was held since the claim (the action is
     * then given back); otherwise the turn, which {@link Turn#leave} must end.
     */
    Optional<Turn> enter(PendingAction action, Instant claimedAt, Instant deadline) throws InterruptedException {
        while (true) {
            Account account = accounts.computeIfAbsent(action.accountId(), id -> new Account());
            account.lock.lock();
            try {
                if (account.forgotten) {
                    continue; // forgotten meanwhile: the one in the map now counts
                }
                return account.takeTurn(action, claimedAt, deadline, clock) ? Optional.of(new Turn(account))
                        : Optional.empty();
            } finally {
                account.lock.unlock();
            }
        }
    }

    /** A turn for an action to no account's Graph API (an alert to the team): taken at once, counted nowhere. */
    Turn outsideAnyAccount() {
        return new Turn(null);
    }

    /** An account's turn, taken by {@link #enter}. */
    final class Turn {
        private final Account account;
        private boolean left;

        private Turn(Account account) {
            this.account = account;
        }

        /** Ends the turn, with what the action came to. */
        void leave(Outcome outcome) {
            if (left) {
                throw new IllegalStateException("this turn has ended already");
            }
            left = true;
            if (account == null) {
                return;
            }
            account.leave(outcome instanceof Outcome.Batch batch ? batch.outcome() : outcome, most, clock.instant());
            if (accounts.size() > REMEMBERED) {
                forgetIdle();
            }
        }
    }

    /** How many of the account's actions may be carried out at once now. */
    int limit(String accountId) {
        Account account = accounts.get(accountId);
        return account == null ? 1 : account.limit;
    }

    private void forgetIdle() {
        accounts.forEach((id, account) -> {
            if (account.forgetIfIdle()) {
                accounts.remove(id, account);
            }
        });
    }

    /** An action waiting in an account's line. */
    private record Place(int attempts, long actionId) {
    }

    private static final Comparator<Place> IN_LINE = Comparator.comparingInt(Place::attempts)
            .thenComparingLong(Place::actionId);

    private static final class Account {
        final ReentrantLock lock = new ReentrantLock();
        final Condition turn = lock.newCondition();
        int limit = 1;
        int inFlight;
        Instant heldAt = Instant.MIN;
        boolean forgotten;
        /**
         * The actions waiting for a turn: the first takes the next one free. Actions not tried yet go before retries
         * (a failing account's retries must not keep new replies from their first try), then the oldest action.
         */
        final Queue<Place> line = new PriorityQueue<>(IN_LINE);

        /** Called with the lock held. */
        boolean takeTurn(PendingAction action, Instant claimedAt, Instant deadline, Clock clock)
                throws InterruptedException {
            Place place = new Place(action.attempts(), action.id());
            line.add(place);
            try {
                while (true) {
                    if (!heldAt.isBefore(claimedAt)) {
                        return false;
                    }
                    if (line.peek() == place && inFlight < limit) {
                        inFlight++;
                        return true;
                    }
                    long left = Duration.between(clock.instant(), deadline).toNanos();
                    if (left <= 0) {
                        return false;
                    }
                    turn.await(left, TimeUnit.NANOSECONDS);
                }
            } finally {
                line.remove(place);
                turn.signalAll(); // the next in line looks again
            }
        }

        void leave(Outcome outcome, int most, Instant now) {
            lock.lock();
            try {
                inFlight--;
                if (outcome instanceof Outcome.Done) {
                    limit = Math.min(most, limit * 2);
                } else if (outcome instanceof Outcome.Transient) {
                    limit = 1;
                } else if (outcome instanceof Outcome.Reauthorize || outcome instanceof Outcome.RateLimited) {
                    limit = 1;
                    heldAt = now;
                }
                // a permanent failure (a window closed, a comment gone) says nothing of the account
                turn.signalAll();
            } finally {
                lock.unlock();
            }
        }

        boolean forgetIfIdle() {
            lock.lock();
            try {
                forgotten = inFlight == 0 && line.isEmpty();
                return forgotten;
            } finally {
                lock.unlock();
            }
        }
    }
}
