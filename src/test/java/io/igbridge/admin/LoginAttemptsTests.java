package io.igbridge.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import io.igbridge.support.SettableClock;
import org.junit.jupiter.api.Test;

/** Sign-in throttling: 5 failures per username or per address within 15 minutes, on a clock the test moves. */
class LoginAttemptsTests {

    final SettableClock clock = new SettableClock(Instant.parse("2026-11-23T09:00:00Z"));
    final LoginAttempts attempts = new LoginAttempts(clock);

    void failures(int count, String username, String address) {
        for (int i = 0; i < count; i++) {
            attempts.failed(username, address);
        }
    }

    @Test
    void fourFailuresRefuseNothing() {
        failures(4, "alice", "10.0.0.1");

        assertThat(attempts.refusedFor("alice", "10.0.0.1")).isEmpty();
    }

    @Test
    void fiveFailuresForOneUsernameRefuseItFromAnyAddressForFifteenMinutesAndNoLonger() {
        for (int i = 1; i <= 5; i++) {
            attempts.failed("alice", "10.0.0." + i);
        }

        assertThat(attempts.refusedFor("alice", "10.9.9.9")).contains(Duration.ofMinutes(15));
        assertThat(attempts.refusedFor(" ALICE ", "10.9.9.9")).as("usernames ignore case").isPresent();
        assertThat(attempts.refusedFor("bob", "10.9.9.9")).isEmpty();
        clock.advance(Duration.ofMinutes(10));
        assertThat(attempts.refusedFor("alice", "10.9.9.9")).contains(Duration.ofMinutes(5));
        clock.advance(Duration.ofMinutes(5));
        assertThat(attempts.refusedFor("alice", "10.9.9.9")).isEmpty();
    }

    @Test
    void fiveFailuresFromOneAddressRefuseEveryUsernameFromIt() {
        for (int i = 1; i <= 5; i++) {
            attempts.failed("guess" + i, "203.0.113.7");
        }

        assertThat(attempts.refusedFor("alice", "203.0.113.7")).contains(Duration.ofMinutes(15));
        assertThat(attempts.refusedFor("alice", "203.0.113.8")).isEmpty();
    }

    @Test
    void theWindowSlidesWithTheOldestFailure() {
        failures(4, "alice", "10.0.0.1");
        clock.advance(Duration.ofMinutes(14));
        failures(1, "alice", "10.0.0.1");

        assertThat(attempts.refusedFor("alice", "10.0.0.1")).contains(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(1));
        assertThat(attempts.refusedFor("alice", "10.0.0.1")).as("1 failure left in the window").isEmpty();
        failures(3, "alice", "10.0.0.1");
        assertThat(attempts.refusedFor("alice", "10.0.0.1")).as("4").isEmpty();
        failures(1, "alice", "10.0.0.1");
        assertThat(attempts.refusedFor("alice", "10.0.0.1")).as("5 again, the oldest a minute ago")
                .contains(Duration.ofMinutes(14));
    }

    @Test
    void aSuccessForgetsItsUsernamesFailuresButNotItsAddresss() {
        failures(4, "alice", "10.0.0.1");
        attempts.succeeded("Alice");
        failures(1, "alice", "10.0.0.2");
        assertThat(attempts.refusedFor("alice", "10.0.0.3")).isEmpty();

        failures(4, "mallory-guesses", "198.51.100.1");
        attempts.succeeded("mallory");
        failures(1, "mallory-guesses-more", "198.51.100.1");
        assertThat(attempts.refusedFor("mallory", "198.51.100.1")).isPresent();
    }

    @Test
    void aHugeUsernameCostsNoMoreThanALongOne() {
        failures(5, "x".repeat(100_000), "10.0.0.1");

        assertThat(attempts.refusedFor("x".repeat(64), "10.0.0.2")).as("remembered by its first 64 characters")
                .isPresent();
    }
}
