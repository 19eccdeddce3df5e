package io.igbridge.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;

/**
 * How the work queues claim a row: read a few due candidates without locks, then lock them one by one by id
 * ({@code FOR UPDATE SKIP LOCKED}) until one is free. A single {@code ... ORDER BY ... LIMIT 1 FOR UPDATE SKIP LOCKED}
 * would do on PostgreSQL, but H2 locks every due row it reads before applying the limit, so each claim's cost would
 * grow with the backlog.
 */
public final class CandidateClaims {

    /** Due rows read per claim; more workers than this may find them all held, and look again at once. */
    public static final int LIMIT = 16;

    private CandidateClaims() {
    }

    /** The first candidate that {@code lock} could lock, in the candidates' order; empty when all are held. */
    public static <T> Optional<T> firstLocked(List<Long> candidateIds, LongFunction<Optional<T>> lock) {
        return lockedUpTo(1, candidateIds, lock).stream().findFirst();
    }

    /** Up to {@code max} candidates that {@code lock} could lock, in the candidates' order. */
    public static <T> List<T> lockedUpTo(int max, List<Long> candidateIds, LongFunction<Optional<T>> lock) {
        return lockedUpTo(max, candidateIds, id -> true, lock);
    }

    /**
     * The same, trying only the candidates {@code mayTry} accepts: those another thread of this node is not claiming
     * ({@link ClaimsUnderWay}), skipped without a statement.
     */
    public static <T> List<T> lockedUpTo(int max, List<Long> candidateIds, LongPredicate mayTry,
            LongFunction<Optional<T>> lock) {
        List<T> locked = new ArrayList<>(Math.min(max, candidateIds.size()));
        for (int i = 0; i < candidateIds.size() && locked.size() < max; i++) {
            long id = candidateIds.get(i);
            if (mayTry.test(id)) {
                lock.apply(id).ifPresent(locked::add);
            }
        }
        return locked;
    }
}
