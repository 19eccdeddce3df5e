package io.igbridge.processing;

/** The life of a stored delivery (column {@code raw_delivery.status}). */
public enum DeliveryStatus {
    /** stored, waiting to be processed (or to be retried after a failure) */
    RECEIVED,
    /** its events are stored */
    PROCESSED,
    /** not JSON, or not an Instagram delivery: kept as it is, for replay after a fix */
    UNPARSEABLE,
    /** processing failed on every attempt; kept, visible, replayable */
    FAILED
}
