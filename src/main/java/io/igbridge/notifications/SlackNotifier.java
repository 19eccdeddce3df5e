package io.igbridge.notifications;

import java.util.Map;

import io.igbridge.config.IgbridgeProperties;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** A Slack-compatible incoming webhook ({@code IGBRIDGE_SLACK_WEBHOOK_URL}): {@code {"text": …}}. */
@Component
class SlackNotifier implements Notifier {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String url;
    private final JsonPoster poster = new JsonPoster();

    SlackNotifier(IgbridgeProperties properties) {
        this.url = properties.alerts().slackWebhookUrl() == null ? null : properties.alerts().slackWebhookUrl().reveal();
    }

    @Override
    public NotificationTarget target() {
        return NotificationTarget.SLACK;
    }

    @Override
    public void send(Alert alert) throws NotificationFailedException {
        poster.post(url, JSON.writeValueAsBytes(Map.of("text", alert.summary())), "the Slack webhook");
    }
}
