package io.igbridge.events;

import java.time.Instant;

import io.igbridge.events.EventHeader.Channel;
import tools.jackson.databind.JsonNode;

/**
 * What an item parser needs from around the item: the account ({@code entry.id}), the channel, the time to
 * use when the item has none ({@code entry.time}, else when we received it) and the item's own JSON text.
 */
record ItemContext(String accountId, Channel channel, Instant fallbackTime, String sourceJson) {

    ItemContext with(Channel otherChannel, String otherSourceJson) {
        return new ItemContext(accountId, otherChannel, fallbackTime, otherSourceJson);
    }

    Instant timeOf(JsonNode timestamp) {
        Instant parsed = Timestamps.parse(timestamp);
        return parsed != null ? parsed : fallbackTime;
    }

    EventHeader header(String dedupKey, Instant occurredAt) {
        return new EventHeader(accountId, dedupKey, occurredAt, channel);
    }

    String key(String prefix, String... parts) {
        return DedupKeys.of(sourceJson, prefix, parts);
    }

    UnknownEvent unknown(String kind, String reason, Instant occurredAt) {
        return new UnknownEvent(header("unknown:" + DedupKeys.sha256Prefix(sourceJson), occurredAt), kind, reason);
    }

    UnknownEvent unknown(String kind, String reason) {
        return unknown(kind, reason, fallbackTime);
    }

    ParsedEvent parsed(InstagramEvent event) {
        return new ParsedEvent(event, sourceJson);
    }
}
