package io.igbridge.events;

import java.time.Instant;

/**
 * What every event carries: the account it belongs to ({@code entry.id}), its natural dedup key
 * (unique per account), when it happened, and which part of the delivery it came from.
 */
public record EventHeader(String accountId, String dedupKey, Instant occurredAt, Channel channel) {

    /** Where in the delivery the event was found. */
    public enum Channel {
        /** {@code entry[].messaging[]} */
        MESSAGING,
        /** {@code entry[].standby[]}: a conversation another app controls */
        STANDBY,
        /** {@code entry[].changes[]} */
        CHANGES,
        /** the seed guide's own shapes ({@code changes[].value.messages[]}, {@code comments[]}, {@code mentions[]}) */
        SEED_GUIDE,
        /** the App Dashboard "Test" button's shape (meta-platform.md §4.6) */
        DASHBOARD_TEST
    }
}
