package io.igbridge.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Cooldowns held in this process: for tests, and the stand-in until the database-backed one exists. It forgets
 * everything on restart, is not shared between nodes and is not rolled back with a failed transaction (a retried
 * event then finds its cooldown taken).
 */
public final class InMemoryCooldowns implements Cooldowns {

    private static final int CLEAN_UP_EVERY = 10_000;

    private final Map<Key, Instant> runningUntil = new ConcurrentHashMap<>();
    private final AtomicInteger acquisitions = new AtomicInteger();

    @Override
    public boolean tryAcquire(String accountId, String userId, String ruleName, Duration cooldown, Instant now) {
        if (acquisitions.incrementAndGet() % CLEAN_UP_EVERY == 0) {
            runningUntil.values().removeIf(until -> !until.isAfter(now));
        }
        var acquired = new AtomicBoolean();
        runningUntil.compute(new Key(accountId, userId, ruleName), (key, until) -> {
            if (until != null && until.isAfter(now)) {
                return until;
            }
            acquired.set(true);
            return now.plus(cooldown);
        });
        return acquired.get();
    }

    private record Key(String accountId, String userId, String ruleName) {
    }
}
