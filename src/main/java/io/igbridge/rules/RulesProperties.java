package io.igbridge.rules;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The auto-reply settings.
 *
 * @param file           IGBRIDGE_RULES_FILE: the YAML rules file; empty for the built-in rules
 * @param reloadInterval IGBRIDGE_RULES_RELOAD_INTERVAL: how often the file is checked for changes; 0 never
 * @param pricesUrl      IGBRIDGE_PRICES_URL: the {@code {prices_url}} of the seed guide's price reply
 */
@ConfigurationProperties("igbridge.rules")
public record RulesProperties(String file, Duration reloadInterval, String pricesUrl) {

    static final String DEFAULT_PRICES_URL = "https://example.com/prix";

    public RulesProperties {
        file = file == null ? "" : file.strip();
        reloadInterval = reloadInterval == null ? Duration.ofSeconds(2) : reloadInterval;
        pricesUrl = pricesUrl == null || pricesUrl.isBlank() ? DEFAULT_PRICES_URL : pricesUrl.strip();
    }
}
