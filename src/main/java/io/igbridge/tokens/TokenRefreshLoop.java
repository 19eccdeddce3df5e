package io.igbridge.tokens;

import java.time.Clock;

import io.igbridge.config.IgbridgeProperties;
import io.igbridge.support.BackgroundWorker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Checks every {@code IGBRIDGE_TOKEN_REFRESH_CHECK_INTERVAL} (an hour) whether a token is due for a refresh, on
 * every node (one of them refreshes); runs when the default account's token or added accounts' tokens can be. Says once at start-up why it does not, when it does not.
 */
@Component
class TokenRefreshLoop extends BackgroundWorker {

    private static final Logger log = LoggerFactory.getLogger(TokenRefreshLoop.class);

    TokenRefreshLoop(TokenRefresh refresh, AccessTokens tokens, IgbridgeProperties properties, Clock clock) {
        super("igbridge-token-refresh", () -> {
            refresh.refreshIfDue();
            return false; // one check per interval
        }, properties.tokens().checkInterval(), refresh.enabled() || refresh.addedEnabled(),
                offMessage(tokens, properties), clock);
    }

    private static String offMessage(AccessTokens tokens, IgbridgeProperties properties) {
        String reason = tokens.refreshOffReason();
        if (reason != null && properties.instagram().login() == IgbridgeProperties.LoginType.INSTAGRAM
                && properties.instagram().hasAccessToken()) {
            log.warn("The Instagram access token is not refreshed: {}", reason);
            return "Access token refresh off (see the warning above)";
        }
        return "Access token refresh off: " + reason;
    }
}
