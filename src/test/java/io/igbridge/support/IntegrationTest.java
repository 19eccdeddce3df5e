package io.igbridge.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A full igbridge on a random port, over real HTTP, on a fresh database of the selected kind, configured with
 * the {@link TestSecrets}. A test class adds or overrides settings with {@code @TestPropertySource}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "IGBRIDGE_ENV_FILE=",
        "INSTAGRAM_WEBHOOK_SECRET=" + TestSecrets.APP_SECRET + "," + TestSecrets.SECOND_APP_SECRET,
        "INSTAGRAM_VERIFY_TOKEN=" + TestSecrets.VERIFY_TOKEN,
        "INSTAGRAM_ACCESS_TOKEN=" + TestSecrets.ACCESS_TOKEN,
        "INSTAGRAM_PAGE_ID=17841400000000001",
        "IGBRIDGE_ADMIN_TOKEN=" + TestSecrets.ADMIN_TOKEN,
        "IGBRIDGE_PROCESSING_POLL_INTERVAL=200ms",
        "IGBRIDGE_PROCESSING_RETRY_BACKOFF=200ms",
        "IGBRIDGE_PROCESSING_MAX_ATTEMPTS=3",
        "IGBRIDGE_ALERT_GROUP_WINDOW=1s",
        // Spring keeps up to 32 test contexts alive: an idle one holds one connection, not ten
        "spring.datasource.hikari.minimum-idle=1", "spring.datasource.hikari.idle-timeout=10000"})
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface IntegrationTest {
}
