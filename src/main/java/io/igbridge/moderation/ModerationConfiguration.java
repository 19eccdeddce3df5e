package io.igbridge.moderation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The classifier moderation and the rules use: the built-in one, or the configured OpenAI-compatible model with the
 * built-in one as its fallback.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ModerationProperties.class)
class ModerationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ModerationConfiguration.class);

    @Bean
    SentimentAnalyzer sentimentAnalyzer(ModerationProperties properties, java.time.Clock clock) {
        LexiconClassifier builtIn = new LexiconClassifier();
        if (!properties.llm().configured()) {
            return builtIn;
        }
        log.info("Comments and DMs are classified by the model {} at {} (the built-in classifier on any failure)",
                properties.llm().model(), host(properties.llm().url()));
        return new RemoteSentimentAnalyzer(properties.llm(), builtIn, clock);
    }

    /** Only the host: a URL may carry credentials. */
    private static String host(String url) {
        try {
            String host = java.net.URI.create(url).getHost();
            return host == null ? "(an invalid URL)" : host;
        } catch (IllegalArgumentException invalid) {
            return "(an invalid URL)";
        }
    }
}
