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

    ProcessingMetrics(MeterRegistry registry) {
        for (DeliveryStatus status : DeliveryStatus.values()) {
            String outcome = status == DeliveryStatus.RECEIVED ? "retry" : status.name().toLowerCase();
            processed.put(status, Counter.builder("igbridge.webhook.deliveries.processed")
                    .description("Deliveries processed, by outcome").tag("outcome", outcome).register(registry));
        }
        eventsStored = Counter.builder("igbridge.events.stored").description("New events stored").register(registry);
    }

    void processed(DeliveryStatus outcome) {
        processed.get(outcome).increment();
    }

    void eventsStored(long count) {
        eventsStored.increment(count);
    }
}
