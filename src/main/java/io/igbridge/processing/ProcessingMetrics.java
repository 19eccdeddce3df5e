package io.igbridge.processing;

import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** Counters of processed deliveries (by outcome) and stored events. */
@Component
class ProcessingMetrics {

    private final Map<DeliveryStatus, Counter> processed = new EnumMap<>(DeliveryStatus.class);
    private final Counter eventsStored;
    private final Counter eventsWaiting;
    private final Counter handled;
    private final Counter retried;
    private final Counter failed;

    ProcessingMetrics(MeterRegistry registry) {
        for (DeliveryStatus status : DeliveryStatus.values()) {
            String outcome = status == DeliveryStatus.RECEIVED ? "retry" : status.name().toLowerCase();
            processed.put(status, Counter.builder("igbridge.webhook.deliveries.processed")
                    .description("Deliveries processed, by outcome").tag("outcome", outcome).register(registry));
        }
        eventsStored = Counter.builder("igbridge.events.stored").description("New events stored").register(registry);
        eventsWaiting = Counter.builder("igbridge.events.waited").description(
                "Events not handled when stored: an earlier event of their conversation, or an earlier delivery, was"
                        + " still waiting").register(registry);
        handled = eventsHandled(registry, "handled");
        retried = eventsHandled(registry, "retry");
        failed = eventsHandled(registry, "failed");
    }

    private static Counter eventsHandled(MeterRegistry registry, String outcome) {
        return Counter.builder("igbridge.events.handled").description("Events handled (rules, moderation, inbox...), by outcome")
                .tag("outcome", outcome).register(registry);
    }

    void processed(DeliveryStatus outcome) {
        processed.get(outcome).increment();
    }

    void eventsStored(long count) {
        eventsStored.increment(count);
    }

    void eventsWaiting(int count) {
        eventsWaiting.increment(count);
    }

    void eventHandled() {
        handled.increment();
    }

    void eventFailed(boolean givenUp) {
        (givenUp ? failed : retried).increment();
    }
}
