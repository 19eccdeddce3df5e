package io.igbridge.webhook;

/** Published once a delivery is committed, so processing can start without waiting for its next poll. */
public record DeliveryStored(long deliveryId) {
}
