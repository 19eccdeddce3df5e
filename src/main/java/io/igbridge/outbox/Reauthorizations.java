package io.igbridge.outbox;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account whose token Meta refused (190, 102): its sends pause and the team is told once, however many calls
 * fail (a send, a profile look-up, a token refresh, on any node); a new token resumes them.
 */
@Component
public class Reauthorizations {

    private static final Logger log = LoggerFactory.getLogger(Reauthorizations.class);

    /** What the operator does, in plain words (webhook-info, the alert, diagnostics). */
    public static final String FIX = "Generate a new long-lived access token for the account (Meta App Dashboard >"
            + " Instagram > API setup, \"Generate token\"; with Facebook Login, a new Page token), then either set"
            + " INSTAGRAM_ACCESS_TOKEN and restart, or send it to PUT /api/admin/access-token (no restart; for an"
            + " account added through the admin API: PUT /api/admin/accounts/{accountId}/access-token). Replies"
            + " resume by themselves.";

    private final OutboxQueue queue;
    private final OutboxWriter writer;
    private final Clock clock;

    Reauthorizations(OutboxQueue queue, OutboxWriter writer, Clock clock) {
        this.queue = queue;
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * Pauses the account and tells the team, in one transaction (the caller's, if any): paused means the alert is on
     * its way. {@code error} must hold no secret (a {@code GraphApiException}'s message holds none).
     *
     * @return true only for the call that paused it
     */
    @Transactional
    public boolean pause(String accountId, String error) {
        Instant now = clock.instant();
        if (!queue.pauseAccount(accountId, error, now)) {
            return false; // already paused: the team was told when it happened
        }
        log.error("Account {} needs re-authorization; its sends are paused: {}", accountId, error);
        writer.enqueue("reauthorize:" + accountId + ":" + now.toEpochMilli(), new Notify(accountId, "reauthorize",
                "Instagram account " + accountId + " needs re-authorization: Meta refused its access token (" + error
                        + "). Replies are paused. " + FIX), null);
        return true;
    }

    /** Resumes the account's sends (a new token is in force); false when they were not paused. */
    public boolean resume(String accountId) {
        return queue.resumeAccount(accountId);
    }

    /** Whether the account's sends are paused until its token is renewed. */
    public boolean paused(String accountId) {
        return queue.pausedForReauthorization(accountId);
    }
}
