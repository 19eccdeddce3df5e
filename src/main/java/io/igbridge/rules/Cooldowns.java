package io.igbridge.rules;

import java.time.Duration;
import java.time.Instant;

/**
 * Per-user cooldowns of rules ({@code cooldown: 24h}). An implementation that writes in the event's transaction
 * releases the cooldown again when that transaction rolls back, so a retried event is answered.
 */
public interface Cooldowns {

    /**
     * Starts {@code ruleName}'s cooldown for this user unless one is running. True: the rule may fire, and its next
     * firing for this user is possible from {@code now + cooldown}. False: a previous cooldown still runs.
     */
    boolean tryAcquire(String accountId, String userId, String ruleName, Duration cooldown, Instant now);
}
