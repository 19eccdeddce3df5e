package io.igbridge.config;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IgbridgeProperties.class)
class ServiceConfiguration {

    /** Time is injected, so tests of retries and windows move a clock instead of sleeping. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
