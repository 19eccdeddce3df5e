package io.igbridge.support;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A worker's {@code /actuator/health} component: DOWN when its thread has died, with its backlog as details (how
 * much work waits and how long the oldest has waited), for alerting on a stall. A database error makes it DOWN.
 */
public abstract class BacklogHealthIndicator extends AbstractHealthIndicator {

    private final BackgroundWorker worker;
    private final Clock clock;
    protected final JdbcTemplate jdbc;

    protected BacklogHealthIndicator(BackgroundWorker worker, JdbcTemplate jdbc, Clock clock) {
        this.worker = worker;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        if (worker.isHealthy()) {
            health.up();
        } else {
            health.down().withDetail("worker", "stopped");
        }
        addBacklog(health);
    }

    /** Adds the worker's backlog details. */
    protected abstract void addBacklog(Health.Builder health);

    /** Details from a query answering {@code (count, oldest timestamp)}: the count, and the oldest's age in seconds. */
    protected void countAndOldest(Health.Builder health, String sql, String countDetail, String oldestDetail,
            Object... parameters) {
        jdbc.query(sql, rs -> {
            health.withDetail(countDetail, rs.getLong(1));
            Timestamp oldest = rs.getTimestamp(2);
            if (oldest != null) {
                health.withDetail(oldestDetail,
                        Math.max(0, Duration.between(oldest.toInstant(), clock.instant()).toSeconds()));
            }
        }, parameters);
    }

    protected Clock clock() {
        return clock;
    }
}
