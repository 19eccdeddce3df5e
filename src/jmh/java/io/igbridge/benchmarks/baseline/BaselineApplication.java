package io.igbridge.benchmarks.baseline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.context.LifecycleAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.servlet.autoconfigure.HttpEncodingAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a webhook receiver costs at the least on the same stack: Spring Boot, Tomcat and Spring MVC, a
 * {@code POST /api/instagram/webhook} that reads the raw body (at most 1 MiB), checks
 * {@code X-Hub-Signature-256} (HMAC-SHA256, constant-time comparison, as igbridge's intake does) and answers 200
 * {@code EVENT_RECEIVED}. No database, no processing, no security filter, no metrics: the end-to-end benchmark
 * compares igbridge's durable intake with this (bench/e2e.sh, docs/benchmarks.md).
 *
 * <p>Its auto-configuration is a list, not {@code @EnableAutoConfiguration}: on the benchmarks' class path (test
 * scope) that would also bring an in-memory H2, Flyway, Spring Security and the actuator. It reads no
 * {@code application.properties} ({@code spring.config.name=baseline}); the server settings below are the ones
 * igbridge's {@code application.properties} sets, virtual threads included (used on Java 21 or later).
 *
 * <p>Guarded by a property that only {@link #main} sets: it sits under {@code io.igbridge}, and a test run on a
 * class path where it was compiled must not pick it up through igbridge's component scan.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@ConditionalOnProperty(name = BaselineApplication.ENABLED, havingValue = "true")
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, ConfigurationPropertiesAutoConfiguration.class,
        LifecycleAutoConfiguration.class, TaskExecutionAutoConfiguration.class,
        TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
        HttpEncodingAutoConfiguration.class, ErrorMvcAutoConfiguration.class})
@RestController
public class BaselineApplication {

    static final String ENABLED = "igbridge.benchmarks.baseline.enabled";
    /** igbridge's default {@code IGBRIDGE_MAX_BODY_BYTES}. */
    private static final int MAX_BODY_BYTES = 1_048_576;
    private static final String PREFIX = "sha256=";

    private final byte[] secret;
    private final AtomicLong deliveries = new AtomicLong();

    BaselineApplication() {
        String configured = System.getenv("INSTAGRAM_WEBHOOK_SECRET");
        if (configured == null || configured.isBlank()) {
            throw new IllegalStateException("INSTAGRAM_WEBHOOK_SECRET is not set");
        }
        this.secret = configured.strip().getBytes(StandardCharsets.UTF_8);
    }

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(BaselineApplication.class);
        application.setDefaultProperties(Map.of(
                ENABLED, "true",
                "spring.config.name", "baseline",
                "server.port", "8000",
                "spring.threads.virtual.enabled", "true",
                "server.shutdown", "graceful",
                "server.forward-headers-strategy", "none",
                "spring.servlet.multipart.enabled", "false"));
        application.run(args);
    }

    @PostMapping("/api/instagram/webhook")
    ResponseEntity<String> receive(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (body.length == 0 || body.length > MAX_BODY_BYTES) {
            return ResponseEntity.badRequest().build();
        }
        if (!signatureMatches(body, request.getHeader("X-Hub-Signature-256"))) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN)
                .header("X-Igbridge-Delivery", Long.toString(deliveries.incrementAndGet())).body("EVENT_RECEIVED");
    }

    private boolean signatureMatches(byte[] body, String header) {
        if (header == null || !header.strip().regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return false;
        }
        byte[] received;
        try {
            received = HexFormat.of().parseHex(header.strip().substring(PREFIX.length()));
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return MessageDigest.isEqual(mac.doFinal(body), received);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", impossible);
        }
    }
}
