package io.igbridge.accounts;

/** Where an account stands, as the accounts list shows it. */
public enum AccountStatus {
    /** Its events are answered. */
    ACTIVE,
    /** Meta refused its token: its sends wait for a new token (the outbox's {@code account_state}). */
    NEEDS_REAUTHORIZATION,
    /** An operator disabled it: its events are stored and shown, never answered. */
    DISABLED
}
