package io.igbridge.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Every setting, bound from {@code application.properties}, which maps the seed guide's variables and the
 * {@code IGBRIDGE_*} variables (with their defaults) onto {@code igbridge.*}. The README lists them all.
 */
@ConfigurationProperties("igbridge")
public record IgbridgeProperties(Instagram instagram, GraphApi graphApi, Webhook webhook, Admin admin,
        Processing processing, Outbox outbox, Alerts alerts, Tokens tokens, Retention retention) {

    public IgbridgeProperties {
        // a claim must outlive the calls it makes, or another node takes the action over mid-call and sends it again
        require(graphApi == null || outbox == null || graphApi.timeout() == null
                || outbox.lease().compareTo(graphApi.timeout().multipliedBy(3)) >= 0,
                "IGBRIDGE_OUTBOX_LEASE must be at least three times IGBRIDGE_GRAPH_API_TIMEOUT");
    }

    /** The Instagram account and Meta app, named as in the seed guide. */
    public record Instagram(Secret accessToken, String pageId, Secret verifyToken, List<Secret> webhookSecrets,
            LoginType login) {

        public Instagram {
            webhookSecrets = webhookSecrets == null ? List.of()
                    : webhookSecrets.stream().filter(secret -> !secret.isBlank()).toList();
            login = login == null ? LoginType.INSTAGRAM : login;
        }

        public Optional<Secret> verifyTokenIfSet() {
            return Optional.ofNullable(verifyToken).filter(token -> !token.isBlank());
        }

        public boolean hasAccessToken() {
            return accessToken != null && !accessToken.isBlank();
        }

        public boolean hasPageId() {
            return pageId != null && !pageId.isBlank();
        }
    }

    /** Which of Meta's two logins the account uses; decides the Graph API host (meta-platform.md §5). */
    public enum LoginType {
        INSTAGRAM("https://graph.instagram.com"), FACEBOOK("https://graph.facebook.com");

        private final String defaultBaseUrl;

        LoginType(String defaultBaseUrl) {
            this.defaultBaseUrl = defaultBaseUrl;
        }

        public String defaultBaseUrl() {
            return defaultBaseUrl;
        }
    }

    /**
     * Meta's Graph API: base URL (the login type's host unless set), version, whether calls carry an
     * {@code appsecret_proof}, and the bound on each call (connecting, and the whole exchange).
     */
    public record GraphApi(String url, String version, boolean appsecretProof, Duration timeout) {

        public static final String DEFAULT_VERSION = "v25.0";
        public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

        public GraphApi {
            version = version == null || version.isBlank() ? DEFAULT_VERSION : version.strip();
            timeout = timeout == null || timeout.isZero() || timeout.isNegative() ? DEFAULT_TIMEOUT : timeout;
        }

        /** The configured base URL, or the login type's host when none is set. */
        public String baseUrl(LoginType login) {
            return url == null || url.isBlank() ? login.defaultBaseUrl() : url.strip();
        }
    }

    /** @param maxBatch deliveries stored by one commit at most (group commit) */
    public record Webhook(int maxBodyBytes, boolean testEnabled, int maxBatch) {

        /** Meta sends at most 1,000 updates per POST; 64 MiB leaves room while keeping the buffer bounded. */
        static final int LARGEST_BODY = 64 * 1024 * 1024;

        public Webhook {
            require(maxBodyBytes >= 1024 && maxBodyBytes <= LARGEST_BODY,
                    "IGBRIDGE_MAX_BODY_BYTES must be between 1024 and " + LARGEST_BODY);
            require(maxBatch >= 1 && maxBatch <= 10_000, "IGBRIDGE_INTAKE_MAX_BATCH must be between 1 and 10000");
        }
    }

    public record Admin(Secret token) {

        public Optional<Secret> tokenIfSet() {
            return Optional.ofNullable(token).filter(value -> !value.isBlank());
        }
    }

    /** @param workers threads processing deliveries and events on this node */
    public record Processing(boolean enabled, Duration pollInterval, int maxAttempts, Duration retryBackoff,
            int workers) {

        public Processing {
            require(workers >= 1 && workers <= 64, "IGBRIDGE_PROCESSING_WORKERS must be between 1 and 64");
            require(pollInterval.toMillis() >= 10, "IGBRIDGE_PROCESSING_POLL_INTERVAL must be at least 10ms");
            require(maxAttempts >= 1, "IGBRIDGE_PROCESSING_MAX_ATTEMPTS must be at least 1");
            require(retryBackoff.toMillis() >= 1, "IGBRIDGE_PROCESSING_RETRY_BACKOFF must be positive");
        }
    }

    /**
     * The outbox dispatcher: how often it looks for due actions, how long a claim lasts, how failures are retried,
     * and how long notifications of one group are gathered before they go out together.
     */
    public record Outbox(boolean enabled, Duration pollInterval, Duration lease, int maxAttempts, Duration retryBackoff,
            Duration maxRetryBackoff, Duration notifyGroupWindow, int workers) {

        public Outbox {
            require(workers >= 1 && workers <= 64, "IGBRIDGE_OUTBOX_WORKERS must be between 1 and 64");
            require(pollInterval.toMillis() >= 10, "IGBRIDGE_OUTBOX_POLL_INTERVAL must be at least 10ms");
            require(lease.toSeconds() >= 1, "IGBRIDGE_OUTBOX_LEASE must be at least 1s");
            require(maxAttempts >= 1, "IGBRIDGE_OUTBOX_MAX_ATTEMPTS must be at least 1");
            require(retryBackoff.toMillis() >= 1 && maxRetryBackoff.compareTo(retryBackoff) >= 0,
                    "IGBRIDGE_OUTBOX_RETRY_BACKOFF must be positive and at most IGBRIDGE_OUTBOX_MAX_RETRY_BACKOFF");
            require(!notifyGroupWindow.isNegative(), "IGBRIDGE_ALERT_GROUP_WINDOW must not be negative");
        }
    }

    /**
     * How long deliveries and their events are kept ({@code io.igbridge.lifecycle}).
     *
     * @param days      processed deliveries and handled events older than this are purged; 0 keeps them forever
     * @param interval  how often the purge looks for expired rows
     * @param batchSize rows deleted per transaction
     */
    public record Retention(int days, Duration interval, int batchSize) {

        public Retention {
            require(days >= 0 && days <= 36_500,
                    "IGBRIDGE_RETENTION_DAYS must be a number of days from 1 to 36500, or 0 to keep everything forever");
            require(interval.toMillis() >= 10, "IGBRIDGE_RETENTION_INTERVAL must be at least 10ms");
            require(batchSize >= 1 && batchSize <= 10_000, "IGBRIDGE_RETENTION_BATCH_SIZE must be between 1 and 10000");
        }

        public boolean keepsForever() {
            return days == 0;
        }
    }

    /**
     * Where the team's alerts go: any of a Slack-compatible webhook, e-mail, a signed JSON webhook. The webhook URLs
     * are credentials (anyone holding Slack's can post to the channel): kept as secrets, never printed.
     */
    public record Alerts(Secret slackWebhookUrl, String emailTo, String emailFrom, Secret webhookUrl,
            Secret webhookSecret) {

        public Optional<Secret> webhookSecretIfSet() {
            return Optional.ofNullable(webhookSecret).filter(secret -> !secret.isBlank());
        }
    }

    /**
     * The access token's lifecycle: the key that encrypts a refreshed token at rest (base64 of 32 bytes,
     * AES-256-GCM), whether Instagram Login tokens are refreshed, and how often a node checks whether one is due.
     * Without the key nothing is stored and nothing refreshed: the configured token is used as it is.
     */
    public record Tokens(Secret key, boolean refresh, Duration checkInterval) {

        public Tokens {
            key = key == null ? new Secret("") : key;
            checkInterval = checkInterval == null ? Duration.ofHours(1) : checkInterval;
            require(checkInterval.toSeconds() >= 1, "IGBRIDGE_TOKEN_REFRESH_CHECK_INTERVAL must be at least 1s");
        }

        public Optional<Secret> keyIfSet() {
            return Optional.of(key).filter(value -> !value.isBlank());
        }
    }

    /** Fails start-up with a message naming the setting, instead of running with a value that can't work. */
    private static void require(boolean valid, String message) {
        if (!valid) {
            throw new IllegalArgumentException(message);
        }
    }
}
