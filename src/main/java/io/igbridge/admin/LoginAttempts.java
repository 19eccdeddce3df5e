package io.igbridge.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.igbridge.inbox.AgentUsername;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per username and per address: after {@value #LIMIT} failures of either within 15 minutes, further
 * attempts are refused, without checking the password, until the oldest of those failures is 15 minutes old. A
 * successful sign-in forgets its username's failures, not its address's (or one's own account would reset an
 * address's count between guesses at others'). Memory is bounded: at most {@value #REMEMBERED} usernames and as many
 * addresses, each with at most {@value #LIMIT} failures; past that the least used are forgotten first.
 */
@Component
class LoginAttempts {

    static final int LIMIT = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int REMEMBERED = 10_000;
    /** Longer than any username, short enough that a huge one costs nothing to remember. */
    private static final int LONGEST_KEY = 64;

    private final Clock clock;
    private final Cache<String, List<Instant>> byUsername;
    private final Cache<String, List<Instant>> byAddress;

    LoginAttempts(Clock clock) {
        this.clock = clock;
        this.byUsername = failures(clock);
        this.byAddress = failures(clock);
    }

    /** How long sign-ins for this username or from this address are still refused; empty when they are not. */
    Optional<Duration> refusedFor(String username, String address) {
        Instant now = clock.instant();
        Duration wait = max(wait(byUsername, usernameKey(username), now), wait(byAddress, addressKey(address), now));
        return wait.compareTo(Duration.ZERO) > 0 ? Optional.of(wait) : Optional.empty();
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        record(byUsername, usernameKey(username), now);
        record(byAddress, addressKey(address), now);
    }

    void succeeded(String username) {
        byUsername.invalidate(usernameKey(username));
    }

    /** Forgets every failure: a fresh start (tests use it). */
    void clear() {
        byUsername.invalidateAll();
        byAddress.invalidateAll();
    }

    private static Cache<String, List<Instant>> failures(Clock clock) {
        return Caffeine.newBuilder().maximumSize(REMEMBERED).expireAfterWrite(WINDOW)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis())).build();
    }

    private static void record(Cache<String, List<Instant>> cache, String key, Instant now) {
        cache.asMap().compute(key, (ignored, earlier) -> {
            List<Instant> kept = new ArrayList<>(recent(earlier, now));
            kept.add(now);
            return List.copyOf(kept.subList(Math.max(0, kept.size() - LIMIT), kept.size()));
        });
    }

    private static Duration wait(Cache<String, List<Instant>> cache, String key, Instant now) {
        List<Instant> recent = recent(cache.getIfPresent(key), now);
        if (recent.size() < LIMIT) {
            return Duration.ZERO;
        }
        return Duration.between(now, recent.get(recent.size() - LIMIT).plus(WINDOW));
    }

    private static List<Instant> recent(List<Instant> failures, Instant now) {
        if (failures == null) {
            return List.of();
        }
        Instant since = now.minus(WINDOW);
        return failures.stream().filter(at -> at.isAfter(since)).toList();
    }

    private static String usernameKey(String username) {
        return truncate(AgentUsername.key(username));
    }

    private static String addressKey(String address) {
        return truncate(address == null ? "" : address);
    }

    private static String truncate(String key) {
        return key.length() > LONGEST_KEY ? key.substring(0, LONGEST_KEY) : key;
    }

    private static Duration max(Duration one, Duration other) {
        return one.compareTo(other) >= 0 ? one : other;
    }
}
