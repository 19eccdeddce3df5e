package io.igbridge.accounts;

import java.time.Instant;

import io.igbridge.config.IgbridgeProperties.LoginType;

/** An {@code instagram_account} row: an account added through the admin API (its token is in account_token). */
record StoredAccount(String accountId, LoginType login, String displayName, boolean disabled, String rulesFile,
        Instant createdAt, Instant updatedAt) {
}
