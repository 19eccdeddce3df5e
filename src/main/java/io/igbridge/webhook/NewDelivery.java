package io.igbridge.webhook;

import java.time.Instant;

/** A delivery about to be stored: the exact bytes received and how they got in. */
public record NewDelivery(Instant receivedAt, byte[] body, Integer secretSlot, boolean test, String contentType) {
}
