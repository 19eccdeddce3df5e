package io.igbridge.rules;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import io.igbridge.storage.SqlDialect;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rule cooldowns in the database, written in the event's transaction: shared by every node, kept across restarts,
 * and released again if the event's processing rolls back (so a retried event is still answered).
 */
@Component
class JdbcCooldowns implements Cooldowns {

    private final JdbcTemplate jdbc;
    private final SqlDialect dialect;

    JdbcCooldowns(JdbcTemplate jdbc, SqlDialect dialect) {
        this.jdbc = jdbc;
        this.dialect = dialect;
    }

    @Override
    public boolean tryAcquire(String accountId, String userId, String ruleName, Duration cooldown, Instant now) {
        Timestamp until = Timestamp.from(now.plus(cooldown));
        if (dialect.postgresql()) {
            return jdbc.update("insert into rule_cooldown (account_id, user_id, rule_name, until) values (?, ?, ?, ?)"
                    + " on conflict (account_id, user_id, rule_name) do update set until = excluded.until"
                    + " where rule_cooldown.until <= ?", accountId, userId, ruleName, until, Timestamp.from(now)) == 1;
        }
        if (jdbc.update("update rule_cooldown set until = ? where account_id = ? and user_id = ? and rule_name = ?"
                + " and until <= ?", until, accountId, userId, ruleName, Timestamp.from(now)) == 1) {
            return true;
        }
        return jdbc.update("insert into rule_cooldown (account_id, user_id, rule_name, until) values (?, ?, ?, ?)"
                + " on conflict do nothing", accountId, userId, ruleName, until) == 1;
    }
}
