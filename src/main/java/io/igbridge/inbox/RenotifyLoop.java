package io.igbridge.inbox;

import java.time.Clock;

import io.igbridge.support.BackgroundWorker;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** Looks for conversations waiting too long for an agent, every {@code IGBRIDGE_INBOX_POLL_INTERVAL}. */
@Component
@EnableConfigurationProperties(InboxProperties.class)
class RenotifyLoop extends BackgroundWorker {

    RenotifyLoop(Renotifications renotifications, InboxProperties settings, Clock clock) {
        super("igbridge-inbox-renotify", renotifications::renotifyOne, settings.pollInterval(), true, "", clock);
    }
}
