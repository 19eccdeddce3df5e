package io.igbridge.processing;

import java.util.List;

import io.igbridge.events.InstagramEvent;

/** What processing one delivery did: its new status, and each event it held with whether it was new. */
public record ProcessingOutcome(long deliveryId, DeliveryStatus status, List<String> accountIds,
        List<ProcessedEvent> events, String problem) {

    /** An event of the delivery; {@code isNew} is false when an earlier delivery already stored it. */
    public record ProcessedEvent(InstagramEvent event, boolean isNew) {
    }

    public long newEventCount() {
        return events.stream().filter(ProcessedEvent::isNew).count();
    }
}
