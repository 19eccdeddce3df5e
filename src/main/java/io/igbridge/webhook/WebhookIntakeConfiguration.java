package io.igbridge.webhook;

import java.time.Clock;

import io.igbridge.config.IgbridgeProperties;
import io.igbridge.support.ForegroundWork;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts {@link WebhookIntakeFilter} on its one path, ahead of every other filter. */
@Configuration(proxyBeanMethods = false)
class WebhookIntakeConfiguration {

    @Bean
    FilterRegistrationBean<WebhookIntakeFilter> webhookIntake(IgbridgeProperties properties, RawDeliveryStore store,
            IntakeMetrics metrics, ForegroundWork foreground, Clock clock) {
        var intake = new DeliveryIntake(properties, store, metrics, foreground, clock);
        var registration = new FilterRegistrationBean<>(new WebhookIntakeFilter(intake));
        registration.addUrlPatterns(WebhookIntakeFilter.PATH);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
