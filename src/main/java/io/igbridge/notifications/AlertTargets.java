package io.igbridge.notifications;

import java.util.ArrayList;
import java.util.List;

import io.igbridge.config.IgbridgeProperties;
import io.igbridge.config.Secret;
import org.springframework.stereotype.Component;

/** The configured alert targets; the log when none is. */
@Component
public class AlertTargets {

    private final List<NotificationTarget> targets;

    AlertTargets(IgbridgeProperties properties) {
        var alerts = properties.alerts();
        List<NotificationTarget> configured = new ArrayList<>();
        if (isSet(alerts.slackWebhookUrl())) {
            configured.add(NotificationTarget.SLACK);
        }
        if (isSet(alerts.emailTo())) {
            configured.add(NotificationTarget.EMAIL);
        }
        if (isSet(alerts.webhookUrl())) {
            configured.add(NotificationTarget.WEBHOOK);
        }
        this.targets = configured.isEmpty() ? List.of(NotificationTarget.LOG) : List.copyOf(configured);
    }

    public List<NotificationTarget> configured() {
        return targets;
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    private static boolean isSet(Secret value) {
        return value != null && !value.isBlank();
    }
}
