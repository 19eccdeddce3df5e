package io.igbridge.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Keeps each account under Meta's limits (meta-platform.md §6.2): the Send API at most 100 calls a second (the
 * lower of Meta's two documented figures), private replies at most 750 an hour. Per node: with several nodes,
 * each keeps its own count, and Meta's rate-limit answers (waited out) cover the rest.
 */
@Component
class SendLimiter {

    static final int SEND_API_PER_SECOND = 100;
    static final int PRIVATE_REPLIES_PER_HOUR = 750;

    private final Clock clock;
    private final Map<String, TokenBucket> sendApi = new ConcurrentHashMap<>();
    private final Map<String, TokenBucket> privateReplies = new ConcurrentHashMap<>();

    SendLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Zero when the call may go now; otherwise how long to wait. */
    Duration waitFor(Action action) {
        Duration wait = sendApi.computeIfAbsent(action.accountId(),
                account -> new TokenBucket(SEND_API_PER_SECOND, Duration.ofSeconds(1), clock)).tryTake();
        if (!wait.isZero() || !(action instanceof SendPrivateReply)) {
            return wait;
        }
        return privateReplies.computeIfAbsent(action.accountId(),
                account -> new TokenBucket(PRIVATE_REPLIES_PER_HOUR, Duration.ofHours(1), clock)).tryTake();
    }
}
