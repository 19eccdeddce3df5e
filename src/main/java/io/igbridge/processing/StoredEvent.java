package io.igbridge.processing;

import io.igbridge.events.InstagramEvent;

/** An event as stored: its row id, the delivery it came from, and whether it came through the test endpoint. */
public record StoredEvent(long eventId, long deliveryId, boolean test, InstagramEvent event) {
}
