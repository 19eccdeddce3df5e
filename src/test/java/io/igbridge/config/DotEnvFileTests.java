package io.igbridge.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The seed guide's .env file is read; a setting given in the environment (here on the command line) wins over it. */
class DotEnvFileTests {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(IgbridgeProperties.class)
    static class PropertiesOnly {
    }

    @Test
    void dotEnvValuesAreUsedAndQuotedValuesUnquotedAndCommaSeparatedSecretsSplit() throws IOException {
        Path envFile = Files.createTempFile("igbridge", ".env");
        Files.writeString(envFile, """
                # Instagram Business API
                INSTAGRAM_ACCESS_TOKEN="IGQfrom-dotenv"
                INSTAGRAM_PAGE_ID=123456
                INSTAGRAM_VERIFY_TOKEN=mon_token_verification_instagram
                INSTAGRAM_WEBHOOK_SECRET=first-secret, second-secret
                IGBRIDGE_MAX_BODY_BYTES=2048
                """);

        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PropertiesOnly.class)
                .web(WebApplicationType.NONE)
                .properties("IGBRIDGE_ENV_FILE=" + envFile, "spring.main.banner-mode=off")
                .run("--INSTAGRAM_PAGE_ID=from-the-environment")) {
            var properties = context.getBean(IgbridgeProperties.class);

            assertThat(properties.instagram().accessToken().reveal()).isEqualTo("IGQfrom-dotenv");
            assertThat(properties.instagram().verifyToken().matches("mon_token_verification_instagram")).isTrue();
            assertThat(properties.instagram().webhookSecrets()).extracting(Secret::reveal)
                    .isEqualTo(List.of("first-secret", "second-secret"));
            assertThat(properties.webhook().maxBodyBytes()).isEqualTo(2048);
            assertThat(properties.instagram().pageId()).isEqualTo("from-the-environment");
        }
    }
}
