package io.igbridge.processing;

import java.time.Instant;

/** A stored delivery locked by this transaction for processing. */
record ClaimedDelivery(long id, byte[] body, boolean test, Instant receivedAt, int attempts) {
}
