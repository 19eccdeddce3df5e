package io.igbridge.config;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What is missing from the configuration, reported once at start-up in one log block and in
 * webhook-info. The service starts without any setting; each endpoint that needs a missing one says so.
 */
@Component
public class ConfigurationReport {

    private static final Logger log = LoggerFactory.getLogger(ConfigurationReport.class);

    private final IgbridgeProperties properties;

    ConfigurationReport(IgbridgeProperties properties) {
        this.properties = properties;
    }

    public List<MissingSetting> missingSettings() {
        var instagram = properties.instagram();
        List<MissingSetting> missing = new ArrayList<>();
        if (instagram.webhookSecrets().isEmpty()) {
            missing.add(new MissingSetting("INSTAGRAM_WEBHOOK_SECRET",
                    "POST /api/instagram/webhook answers 503 (Meta will retry): signed deliveries can't be verified"
                            + " without the app secret (Meta App Dashboard > App settings > Basic)"));
        }
        if (instagram.verifyTokenIfSet().isEmpty()) {
            missing.add(new MissingSetting("INSTAGRAM_VERIFY_TOKEN",
                    "GET /api/instagram/webhook (Meta's subscription handshake) answers 503"));
        }
        if (!instagram.hasAccessToken()) {
            missing.add(new MissingSetting("INSTAGRAM_ACCESS_TOKEN",
                    "nothing can be sent to Instagram: events are stored but not answered"));
        }
        if (!instagram.hasPageId()) {
            missing.add(new MissingSetting("INSTAGRAM_PAGE_ID",
                    "the account id used in send URLs is unknown: events are stored but not answered"));
        }
        if (properties.admin().tokenIfSet().isEmpty()) {
            missing.add(new MissingSetting("IGBRIDGE_ADMIN_TOKEN",
                    "POST /api/instagram/webhook-test is accepted from loopback addresses only"));
        }
        return missing;
    }

    @EventListener(ApplicationReadyEvent.class)
    void logOnceAtStartUp() {
        List<MissingSetting> missing = missingSettings();
        if (missing.isEmpty()) {
            log.info("igbridge configuration complete: every setting is set");
            return;
        }
        StringBuilder block = new StringBuilder("igbridge configuration: ").append(missing.size())
                .append(" setting(s) not set (environment variable or .env file in the working directory):");
        for (MissingSetting setting : missing) {
            block.append(System.lineSeparator()).append("  - ").append(setting.name()).append(": ")
                    .append(setting.consequence());
        }
        log.warn(block.toString());
    }
}
