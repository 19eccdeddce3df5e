package io.igbridge.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs rejected deliveries at most once a minute, with how many were rejected since the last line, so a flood
 * of forged requests can't flood the log. Logs the reason and the peer address only: never the signature,
 * a secret or the payload.
 */
final class RejectionLog {

    private static final Logger log = LoggerFactory.getLogger(RejectionLog.class);
    static final Duration INTERVAL = Duration.ofMinutes(1);

    private final Clock clock;
    private final AtomicReference<Instant> lastLogged = new AtomicReference<>(Instant.EPOCH);
    private final AtomicLong suppressed = new AtomicLong();

    RejectionLog(Clock clock) {
        this.clock = clock;
    }

    void rejected(String reason, String peer) {
        Instant now = clock.instant();
        Instant last = lastLogged.get();
        if (now.isBefore(last.plus(INTERVAL)) || !lastLogged.compareAndSet(last, now)) {
            suppressed.incrementAndGet();
            return;
        }
        long alsoRejected = suppressed.getAndSet(0);
        log.warn("Rejected a webhook delivery from {}: {} (X-Hub-Signature-256 must be the HMAC-SHA256 of the body"
                + " with one of INSTAGRAM_WEBHOOK_SECRET); {} more rejected since the previous warning",
                peer, reason, alsoRejected);
    }
}
