package io.igbridge.tokens;

import java.time.Instant;

/**
 * What webhook-info and diagnostics show of the access token: never the token, only where it comes from and its
 * dates.
 *
 * @param inForce          {@code configured} (INSTAGRAM_ACCESS_TOKEN as set), {@code stored} (a newer one, refreshed
 *                         or given through the admin API, kept encrypted) or {@code none}
 * @param refresh          whether this service refreshes it
 * @param refreshOffReason why not, in plain words; null when it does
 * @param issuedAt         when the token in force was issued, as far as we know (for the configured one: when the
 *                         service first saw it); null when nothing is recorded
 * @param expiresAt        when it expires, null when unknown
 * @param nextRefreshAt    when the next refresh is due, null when none is planned
 * @param lastRefreshAt    when a token was last put in force here (refreshed or given), null when never
 * @param refreshFailures  failed refreshes in a row
 * @param lastRefreshError why the last refresh failed (Meta's error, no secret), null after a success
 */
public record TokenStatus(String inForce, boolean refresh, String refreshOffReason, Instant issuedAt,
        Instant expiresAt, Instant nextRefreshAt, Instant lastRefreshAt, int refreshFailures,
        String lastRefreshError) {
}
