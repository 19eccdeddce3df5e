package io.igbridge.moderation;

import java.time.Duration;

import io.igbridge.config.Secret;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The moderation policy and the optional remote classifier ({@code igbridge.moderation.*}; the README lists the
 * variables). The defaults are the issue's: abusive comments hidden and alerted, spam hidden, negative comments
 * alerted, negative DMs flagged for a human.
 *
 * @param alertGroup the notification group moderation alerts share, so a burst is sent as one message
 */
@ConfigurationProperties("igbridge.moderation")
public record ModerationProperties(boolean enabled, boolean hideAbusive, boolean hideSpam, boolean alertNegative,
        boolean alertAbusive, boolean flagNegativeDms, String alertGroup, Llm llm) {

    public static final String DEFAULT_ALERT_GROUP = "moderation";

    public ModerationProperties {
        alertGroup = alertGroup == null || alertGroup.isBlank() ? DEFAULT_ALERT_GROUP : alertGroup.strip();
        llm = llm == null ? new Llm(null, null, null, null, 0) : llm;
    }

    /**
     * An OpenAI-compatible chat-completions endpoint; used when {@code url} is set, with the built-in classifier
     * as the fallback on any failure.
     *
     * @param url       the API's base URL, e.g. {@code https://api.openai.com/v1} (the path
     *                  {@code /chat/completions} is added unless the URL already ends with it)
     * @param timeout   the bound on one call, connecting included
     * @param cacheSize how many texts' answers are kept, so a text is sent once
     */
    public record Llm(String url, Secret apiKey, String model, Duration timeout, int cacheSize) {

        public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
        public static final int DEFAULT_CACHE_SIZE = 10_000;

        public Llm {
            url = url == null ? "" : url.strip();
            apiKey = apiKey == null ? new Secret("") : apiKey;
            model = model == null || model.isBlank() ? "gpt-4o-mini" : model.strip();
            timeout = timeout == null || timeout.isZero() || timeout.isNegative() ? DEFAULT_TIMEOUT : timeout;
            cacheSize = cacheSize <= 0 ? DEFAULT_CACHE_SIZE : cacheSize;
        }

        public boolean configured() {
            return !url.isEmpty();
        }
    }
}
