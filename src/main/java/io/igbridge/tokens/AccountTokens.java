package io.igbridge.tokens;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code account_token} table. Every change that several nodes could race on is one conditional update: the
 * configured token adopted (same result on every node), a refresh claimed (only one node wins until its claim
 * runs out) and its result recorded (only by the node that still holds the claim).
 */
@Repository
class AccountTokens {

    private final JdbcTemplate jdbc;

    AccountTokens(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredToken> find(String accountId) {
        return jdbc.query("select * from account_token where account_id = ?", AccountTokens::row, accountId).stream()
                .findFirst();
    }

    /**
     * Makes the configured token (by its fingerprint) the row's source: a new row, or a row that descended from
     * another configured token starts over (nothing sealed, issued now, expiry unknown).
     *
     * @return true when an existing row started over (the operator configured a new token)
     */
    boolean adopt(String accountId, String fingerprint, Instant now, Instant nextRefreshAt) {
        jdbc.update("insert into account_token (account_id, source_fingerprint, issued_at, next_refresh_at)"
                + " values (?, ?, ?, ?) on conflict do nothing", accountId, fingerprint, ts(now), ts(nextRefreshAt));
        return jdbc.update("update account_token set source_fingerprint = ?, encrypted_token = null, issued_at = ?,"
                + " expires_at = null, next_refresh_at = ?, refresh_claim = null, refresh_claimed_until = null,"
                + " refresh_failures = 0, last_refresh_error = null where account_id = ? and source_fingerprint <> ?",
                fingerprint, ts(now), ts(nextRefreshAt), accountId, fingerprint) == 1;
    }

    void delete(String accountId) {
        jdbc.update("delete from account_token where account_id = ?", accountId);
    }

    /** Claims the due refresh of the account's token for {@code claim} until {@code until}; false when not due or held. */
    boolean claimRefresh(String accountId, String fingerprint, String claim, Instant now, Instant until) {
        return jdbc.update("update account_token set refresh_claim = ?, refresh_claimed_until = ?"
                + " where account_id = ? and source_fingerprint = ? and next_refresh_at <= ?"
                + " and (refresh_claimed_until is null or refresh_claimed_until < ?)",
                claim, ts(until), accountId, fingerprint, ts(now), ts(now)) == 1;
    }

    /** A new token in force, sealed; by the holder of {@code claim} only (null: whoever, for a token given by hand). */
    boolean storeNewToken(String accountId, String claim, String sealed, Instant issuedAt, Instant expiresAt,
            Instant nextRefreshAt) {
        String update = "update account_token set encrypted_token = ?, issued_at = ?, expires_at = ?,"
                + " next_refresh_at = ?, refresh_claim = null, refresh_claimed_until = null, refresh_failures = 0,"
                + " last_refresh_at = ?, last_refresh_error = null where account_id = ?";
        if (claim == null) {
            return jdbc.update(update, sealed, ts(issuedAt), ts(expiresAt), ts(nextRefreshAt), ts(issuedAt),
                    accountId) == 1;
        }
        return jdbc.update(update + " and refresh_claim = ?", sealed, ts(issuedAt), ts(expiresAt), ts(nextRefreshAt),
                ts(issuedAt), accountId, claim) == 1;
    }

    /** A failed refresh, by the holder of {@code claim}: tried again at {@code nextRefreshAt} (null: not again). */
    void recordFailure(String accountId, String claim, String error, Instant nextRefreshAt) {
        jdbc.update("update account_token set refresh_failures = refresh_failures + 1, last_refresh_error = ?,"
                + " next_refresh_at = ?, refresh_claim = null, refresh_claimed_until = null"
                + " where account_id = ? and refresh_claim = ?",
                error.length() > 1000 ? error.substring(0, 1000) : error, ts(nextRefreshAt), accountId, claim);
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static StoredToken row(ResultSet rs, int row) throws SQLException {
        return new StoredToken(rs.getString("account_id"), rs.getString("source_fingerprint"),
                rs.getString("encrypted_token"), instant(rs, "issued_at"), instant(rs, "expires_at"),
                instant(rs, "next_refresh_at"), rs.getInt("refresh_failures"), instant(rs, "last_refresh_at"),
                rs.getString("last_refresh_error"));
    }
}
