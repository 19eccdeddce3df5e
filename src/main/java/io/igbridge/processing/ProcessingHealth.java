package io.igbridge.processing;

import java.time.Clock;

import io.igbridge.support.BacklogHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@code /actuator/health} component {@code processing}: the workers, the deliveries waiting to be processed and the events waiting for their turn. */
@Component("processingHealthIndicator")
class ProcessingHealth extends BacklogHealthIndicator {

    ProcessingHealth(ProcessingLoop loop, JdbcTemplate jdbc, Clock clock) {
        super(loop, jdbc, clock);
    }

    @Override
    protected void addBacklog(Health.Builder health) {
        countAndOldest(health, "select count(*), min(received_at) from raw_delivery where status = 'RECEIVED'",
                "waitingDeliveries", "oldestWaitingSeconds");
        countAndOldest(health, "select count(*), min(stored_at) from instagram_event where status = 'PENDING'",
                "waitingEvents", "oldestWaitingEventSeconds");
    }
}
