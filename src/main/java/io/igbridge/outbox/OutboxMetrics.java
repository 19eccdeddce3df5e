package io.igbridge.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** Counts executed actions by type and outcome ({@code igbridge_outbox_actions_total}). */
@Component
class OutboxMetrics {

    private final MeterRegistry registry;

    OutboxMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void executed(String type, Outcome outcome) {
        registry.counter("igbridge.outbox.actions", "type", type, "outcome", outcome.label()).increment();
    }
}
