package io.igbridge.processing;

import java.time.Instant;

/** A stored delivery, locked by the current transaction. */
record StoredDelivery(long id, byte[] body, boolean test, Instant receivedAt, DeliveryStatus status, String lastError) {
}
