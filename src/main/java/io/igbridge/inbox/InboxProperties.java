package io.igbridge.inbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The team inbox's settings ({@code igbridge.inbox.*}; the README lists the variables).
 *
 * @param humanAgentTag  whether agents may reply 24 hours to 7 days after the contact's last message with Meta's
 *                       HUMAN_AGENT tag (the app needs Meta's Human Agent permission)
 * @param renotifyAfter  a conversation waiting this long without an agent is announced to the team again (once)
 * @param alertGroup     the notification group of the inbox's alerts
 * @param pollInterval   how often waiting conversations are checked for re-notification
 */
@ConfigurationProperties("igbridge.inbox")
public record InboxProperties(boolean humanAgentTag, Duration renotifyAfter, String alertGroup, Duration pollInterval) {

    public InboxProperties {
        renotifyAfter = renotifyAfter == null || renotifyAfter.isNegative() || renotifyAfter.isZero()
                ? Duration.ofMinutes(15) : renotifyAfter;
        alertGroup = alertGroup == null || alertGroup.isBlank() ? "inbox" : alertGroup.strip();
        pollInterval = pollInterval == null || pollInterval.isNegative() || pollInterval.isZero()
                ? Duration.ofSeconds(30) : pollInterval;
    }
}
