package io.igbridge.tokens;

import java.time.Instant;

/**
 * An {@code account_token} row: what is known of the token in force. {@code sealedToken} null: the configured
 * token is in force; {@code expiresAt} null: unknown; {@code nextRefreshAt} null: no refresh planned.
 */
record StoredToken(String accountId, String sourceFingerprint, String sealedToken, Instant issuedAt,
        Instant expiresAt, Instant nextRefreshAt, int refreshFailures, Instant lastRefreshAt,
        String lastRefreshError) {
}
