package io.igbridge.notifications;

import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.igbridge.config.IgbridgeProperties;
import io.igbridge.config.Secret;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A generic JSON webhook ({@code IGBRIDGE_ALERT_WEBHOOK_URL}). With {@code IGBRIDGE_ALERT_WEBHOOK_SECRET} the body
 * is signed like Meta signs ours: {@code X-Igbridge-Signature-256: sha256=<hex HMAC-SHA256 of the body>}.
 */
@Component
class SignedWebhookNotifier implements Notifier {

    static final String SIGNATURE_HEADER = "X-Igbridge-Signature-256";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String url;
    private final Secret secret;
    private final JsonPoster poster = new JsonPoster();

    SignedWebhookNotifier(IgbridgeProperties properties) {
        this.url = properties.alerts().webhookUrl() == null ? null : properties.alerts().webhookUrl().reveal();
        this.secret = properties.alerts().webhookSecretIfSet().orElse(null);
    }

    @Override
    public NotificationTarget target() {
        return NotificationTarget.WEBHOOK;
    }

    @Override
    public void send(Alert alert) throws NotificationFailedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("accountId", alert.accountId());
        body.put("group", alert.group());
        body.put("count", alert.texts().size());
        body.put("alerts", alert.texts());
        body.put("text", alert.summary());
        byte[] json = JSON.writeValueAsBytes(body);
        if (secret == null) {
            poster.post(url, json, "the alert webhook");
        } else {
            poster.post(url, json, "the alert webhook", SIGNATURE_HEADER, "sha256=" + hmac(secret, json));
        }
    }

    static String hmac(Secret secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.bytes(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
