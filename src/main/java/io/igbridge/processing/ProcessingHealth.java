package io.igbridge.processing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code processing}: DOWN when this node's processing thread has died; the
 * backlog (deliveries waiting, and how long the oldest has waited) as details, for alerting on a stall.
 */
@Component("processingHealthIndicator")
class ProcessingHealth extends AbstractHealthIndicator {

    private final ProcessingLoop loop;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ProcessingHealth(ProcessingLoop loop, JdbcTemplate jdbc, Clock clock) {
        this.loop = loop;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        if (loop.isHealthy()) {
            health.up();
        } else {
            health.down().withDetail("worker", "stopped");
        }
        jdbc.query("select count(*), min(received_at) from raw_delivery where status = 'RECEIVED'", rs -> {
            health.withDetail("waitingDeliveries", rs.getLong(1));
            Timestamp oldest = rs.getTimestamp(2);
            if (oldest != null) {
                health.withDetail("oldestWaitingSeconds",
                        Math.max(0, Duration.between(oldest.toInstant(), clock.instant()).toSeconds()));
            }
        });
    }
}
