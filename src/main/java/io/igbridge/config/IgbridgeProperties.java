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
        Processing processing) {

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

    public record Webhook(int maxBodyBytes, boolean testEnabled) {
    }

    public record Admin(Secret token) {

        public Optional<Secret> tokenIfSet() {
            return Optional.ofNullable(token).filter(value -> !value.isBlank());
        }
    }

    public record Processing(boolean enabled, Duration pollInterval, int maxAttempts, Duration retryBackoff) {
    }
}
