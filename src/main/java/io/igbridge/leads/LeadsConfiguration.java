package io.igbridge.leads;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The finder of e-mail addresses and phone numbers, reading national numbers as the configured region's. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LeadsProperties.class)
class LeadsConfiguration {

    @Bean
    ContactFinder contactFinder(LeadsProperties properties) {
        return new ContactFinder(properties.defaultRegion());
    }
}
