package io.igbridge.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** With no alert target configured, alerts are written to the log (WARN), so they are seen somewhere. */
@Component
class LogNotifier implements Notifier {

    private static final Logger log = LoggerFactory.getLogger(LogNotifier.class);

    @Override
    public NotificationTarget target() {
        return NotificationTarget.LOG;
    }

    @Override
    public void send(Alert alert) {
        log.warn("ALERT for account {}: {}", alert.accountId(), alert.summary());
    }
}
