package io.igbridge.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code outbox}: DOWN when this node's dispatcher thread has died; due actions,
 * how long the oldest has been due, dead-lettered actions and paused accounts as details.
 */
@Component("outboxHealthIndicator")
class OutboxHealth extends AbstractHealthIndicator {

    private final DispatchLoop loop;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    OutboxHealth(DispatchLoop loop, JdbcTemplate jdbc, Clock clock) {
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
        jdbc.query("select count(*), min(next_attempt_at) from outbox_action where status = 'PENDING'"
                + " and next_attempt_at <= ?", rs -> {
                    health.withDetail("dueActions", rs.getLong(1));
                    Timestamp oldest = rs.getTimestamp(2);
                    if (oldest != null) {
                        health.withDetail("oldestDueSeconds",
                                Math.max(0, Duration.between(oldest.toInstant(), clock.instant()).toSeconds()));
                    }
                }, Timestamp.from(clock.instant()));
        health.withDetail("deadActions", jdbc.queryForObject(
                "select count(*) from outbox_action where status = 'DEAD'", Long.class));
        health.withDetail("accountsNeedingReauthorization", jdbc.queryForList(
                "select account_id from account_state where needs_reauthorization = true", String.class));
    }
}
