package io.igbridge.rules;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rule cooldowns in the database, written in the event's transaction: shared by every node, kept across restarts,
 * and released again if the event's processing rolls back (so a retried event is still answered).
 */
@Component
class JdbcCooldowns implements Cooldowns {

    private final JdbcTemplate jdbc;

    JdbcCooldowns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean tryAcquire(String accountId, String userId, String ruleName, Duration cooldown, Instant now) {
        Timestamp until = Timestamp.from(now.plus(cooldown));
        if (jdbc.update("update rule_cooldown set until = ? where account_id = ? and user_id = ? and rule_name = ?"
                + " and until <= ?", until, accountId, userId, ruleName, Timestamp.from(now)) == 1) {
            return true;
        }
        return jdbc.update("insert into rule_cooldown (account_id, user_id, rule_name, until) values (?, ?, ?, ?)"
                + " on conflict do nothing", accountId, userId, ruleName, until) == 1;
    }
}
