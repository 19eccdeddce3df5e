package io.igbridge.outbox;

import java.sql.Timestamp;
import java.time.Clock;

import io.igbridge.support.BacklogHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code outbox}: the dispatcher, due actions and how long the oldest has been
 * due, dead-lettered actions, and accounts paused for re-authorization.
 */
@Component("outboxHealthIndicator")
class OutboxHealth extends BacklogHealthIndicator {

    OutboxHealth(DispatchLoop loop, JdbcTemplate jdbc, Clock clock) {
        super(loop, jdbc, clock);
    }

    @Override
    protected void addBacklog(Health.Builder health) {
        countAndOldest(health, "select count(*), min(next_attempt_at) from outbox_action where status = 'PENDING'"
                + " and next_attempt_at <= ?", "dueActions", "oldestDueSeconds", Timestamp.from(clock().instant()));
        health.withDetail("deadActions", jdbc.queryForObject(
                "select count(*) from outbox_action where status = 'DEAD'", Long.class));
        health.withDetail("accountsNeedingReauthorization", jdbc.queryForList(
                "select account_id from account_state where needs_reauthorization = true", String.class));
    }
}
