package io.igbridge.moderation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.igbridge.moderation.RemoteFailure.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warns about the remote classifier's failures at most once a minute for each kind, so a server that is down
 * doesn't put a line in the log for every comment. A line holds the failure's short cause only.
 */
final class RemoteFailureLog {

    // under the analyzer's name: the one an operator looks for
    private static final Logger log = LoggerFactory.getLogger(RemoteSentimentAnalyzer.class);
    static final Duration INTERVAL = Duration.ofMinutes(1);

    private final Clock clock;
    private final Map<Kind, Instant> lastLogged = new ConcurrentHashMap<>();

    RemoteFailureLog(Clock clock) {
        this.clock = clock;
    }

    void failed(RemoteFailure failure) {
        Instant now = clock.instant();
        Instant last = lastLogged.get(failure.kind());
        if (last != null && now.isBefore(last.plus(INTERVAL))) {
            return;
        }
        boolean first = last == null ? lastLogged.putIfAbsent(failure.kind(), now) == null
                : lastLogged.replace(failure.kind(), last, now);
        if (first) {
            log.warn("Remote classifier unavailable ({}): the built-in classifier answers instead, and the remote"
                    + " one is not called for {} (at most one such warning a minute)", failure.getMessage(),
                    ChatCompletionsClient.shortly(RemoteSentimentAnalyzer.PAUSE));
        }
    }
}
