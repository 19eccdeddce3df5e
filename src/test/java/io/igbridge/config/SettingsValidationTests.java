package io.igbridge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** A setting that can't work stops start-up with a message naming it, instead of failing every request later. */
class SettingsValidationTests {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(IgbridgeProperties.class)
    static class PropertiesOnly {
    }

    /** The settings as bound from application.properties and {@code settings}. */
    private static IgbridgeProperties start(String... settings) {
        try (var context = new SpringApplicationBuilder(PropertiesOnly.class).web(WebApplicationType.NONE)
                .properties("IGBRIDGE_ENV_FILE=", "spring.main.banner-mode=off").run(settings)) {
            return context.getBean(IgbridgeProperties.class);
        }
    }

    @Test
    void validSettingsStart() {
        start("--IGBRIDGE_MAX_BODY_BYTES=2048");
    }

    @Test
    void eachImpossibleSettingIsNamed() {
        for (String[] bad : new String[][] {
                {"--IGBRIDGE_MAX_BODY_BYTES=2147483647", "IGBRIDGE_MAX_BODY_BYTES"},
                {"--IGBRIDGE_MAX_BODY_BYTES=0", "IGBRIDGE_MAX_BODY_BYTES"},
                {"--IGBRIDGE_PROCESSING_POLL_INTERVAL=0s", "IGBRIDGE_PROCESSING_POLL_INTERVAL"},
                {"--IGBRIDGE_PROCESSING_MAX_ATTEMPTS=0", "IGBRIDGE_PROCESSING_MAX_ATTEMPTS"},
                {"--IGBRIDGE_OUTBOX_MAX_ATTEMPTS=0", "IGBRIDGE_OUTBOX_MAX_ATTEMPTS"},
                {"--IGBRIDGE_RETENTION_DAYS=-1", "IGBRIDGE_RETENTION_DAYS"},
                {"--IGBRIDGE_RETENTION_BATCH_SIZE=0", "IGBRIDGE_RETENTION_BATCH_SIZE"}}) {
            assertThatThrownBy(() -> start(bad[0])).as(bad[0])
                    .satisfies(failure -> assertThat(rootMessage(failure)).contains(bad[1]));
        }
    }

    @Test
    void retentionZeroMeansKeepForever() {
        assertThat(start("--IGBRIDGE_RETENTION_DAYS=0").retention().keepsForever()).isTrue();
    }

    @Test
    void retentionIsThirtyDaysWhenNotSet() {
        assumeTrue(System.getenv("IGBRIDGE_RETENTION_DAYS") == null, "IGBRIDGE_RETENTION_DAYS is set here");

        IgbridgeProperties.Retention retention = start().retention();

        assertThat(retention.days()).isEqualTo(30);
        assertThat(retention.keepsForever()).isFalse();
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
