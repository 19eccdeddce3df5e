package io.igbridge.graphapi;

import java.time.Clock;

import io.igbridge.config.IgbridgeProperties;
import io.igbridge.config.Secret;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class GraphApiConfiguration {

    /** {@code appsecret_proof} is keyed with the app secret: the first of {@code INSTAGRAM_WEBHOOK_SECRET}. */
    @Bean
    GraphApiClient graphApiClient(IgbridgeProperties properties, Clock clock) {
        Secret appSecret = properties.instagram().webhookSecrets().stream().findFirst().orElse(new Secret(""));
        return new GraphApiClient(properties.graphApi(), appSecret, clock);
    }
}
