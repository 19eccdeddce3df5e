package io.igbridge.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import io.igbridge.support.IntegrationTest;
import io.igbridge.support.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The rules' cooldowns in the database, with the time given by the test: per person, per rule, released on rollback. */
@IntegrationTest
class JdbcCooldownsIntegrationTests extends ServiceTest {

    @Autowired
    Cooldowns cooldowns;

    @Autowired
    TransactionTemplate transaction;

    static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    static final Duration DAY = Duration.ofHours(24);

    @Test
    void aCooldownHoldsForItsDurationPerPersonAndPerRule() {
        assertThat(cooldowns).isInstanceOf(JdbcCooldowns.class);

        assertThat(cooldowns.tryAcquire("acc", "alice", "greeting", DAY, T0)).isTrue();
        assertThat(cooldowns.tryAcquire("acc", "alice", "greeting", DAY, T0.plus(Duration.ofHours(23)))).isFalse();
        assertThat(cooldowns.tryAcquire("acc", "bob", "greeting", DAY, T0.plus(Duration.ofHours(1)))).isTrue();
        assertThat(cooldowns.tryAcquire("acc", "alice", "prices", DAY, T0.plus(Duration.ofHours(1)))).isTrue();
        assertThat(cooldowns.tryAcquire("acc", "alice", "greeting", DAY, T0.plus(DAY))).isTrue();
        assertThat(cooldowns.tryAcquire("acc", "alice", "greeting", DAY, T0.plus(DAY).plusSeconds(1))).isFalse();
    }

    @Test
    void aCooldownTakenInATransactionThatRollsBackIsReleased() {
        transaction.executeWithoutResult(status -> {
            assertThat(cooldowns.tryAcquire("acc", "carol", "greeting", DAY, T0)).isTrue();
            status.setRollbackOnly();
        });

        assertThat(cooldowns.tryAcquire("acc", "carol", "greeting", DAY, T0.plusSeconds(1))).isTrue();
    }
}
