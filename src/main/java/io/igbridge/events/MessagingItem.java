package io.igbridge.events;

import java.time.Instant;

import tools.jackson.databind.JsonNode;

/** One {@code messaging[]}/{@code standby[]} item, its parties checked, with the body of its event key. */
record MessagingItem(ItemContext context, String senderId, String recipientId, JsonNode timestamp, JsonNode body) {

    Instant occurredAt() {
        return context.timeOf(timestamp);
    }

    /** The item's timestamp in epoch milliseconds, for keys; null when it has none. */
    String timestampKey() {
        return Timestamps.keyPart(timestamp);
    }

    EventHeader header(String prefix, String... keyParts) {
        return context.header(context.key(prefix, keyParts), occurredAt());
    }
}
