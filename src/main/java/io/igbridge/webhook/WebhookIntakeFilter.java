package io.igbridge.webhook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.igbridge.config.IgbridgeProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/instagram/webhook}: Meta's deliveries. Verify, store, commit, then acknowledge; the answer is 200
 * only once the row is committed, and 503 (so Meta retries) when it could not be.
 * <p>
 * A servlet filter ahead of every other one ({@link WebhookIntakeConfiguration}), answering by itself: this is the
 * one hot path, and what the rest of the stack would add to it (Spring Security's chain, the request observation,
 * Spring MVC's dispatch) costs ten times what the endpoint does and gives it nothing: the delivery's signature is its
 * authentication, and {@link IntakeMetrics} its timing. Any other method on the path (the subscription check,
 * {@code GET}) goes on to Spring MVC.
 */
class WebhookIntakeFilter extends HttpFilter {

    static final String PATH = "/api/instagram/webhook";
    static final String SIGNATURE_HEADER = "X-Hub-Signature-256";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final byte[] RECEIVED = "EVENT_RECEIVED".getBytes(StandardCharsets.US_ASCII);

    private final IgbridgeProperties properties;
    private final SignatureVerifier verifier;
    private final RawDeliveryStore store;
    private final IntakeMetrics metrics;
    private final RejectionLog rejections;
    private final Clock clock;

    WebhookIntakeFilter(IgbridgeProperties properties, RawDeliveryStore store, IntakeMetrics metrics, Clock clock) {
        this.properties = properties;
        this.verifier = new SignatureVerifier(properties.instagram().webhookSecrets());
        this.store = store;
        this.metrics = metrics;
        this.rejections = new RejectionLog(clock);
        this.clock = clock;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        try {
            receive(request, response);
        } catch (DeliveryRefused refused) {
            metrics.rejected(refused.error(), false);
            error(response, refused.status(), new ApiError(refused.error(), refused.getMessage(), null));
        }
    }

    private void receive(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long started = System.nanoTime();
        if (properties.instagram().webhookSecrets().isEmpty()) {
            error(response, HttpStatus.SERVICE_UNAVAILABLE, new ApiError("not_configured",
                    "INSTAGRAM_WEBHOOK_SECRET is not set: deliveries can't be verified, so none is accepted",
                    "INSTAGRAM_WEBHOOK_SECRET"));
            return;
        }
        byte[] body = RequestBody.read(request, properties.webhook().maxBodyBytes());
        SignatureCheck check = verifier.verify(body, request.getHeader(SIGNATURE_HEADER));
        if (!check.isValid()) {
            rejectSignature(check, request.getRemoteAddr(), response);
            return;
        }
        long id = store.store(new NewDelivery(clock.instant(), body, check.secretSlot(), false, request.getContentType()));
        metrics.received(false, Duration.ofNanos(System.nanoTime() - started));
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(MediaType.TEXT_PLAIN_VALUE);
        response.setHeader("X-Igbridge-Delivery", Long.toString(id));
        response.setContentLength(RECEIVED.length);
        response.getOutputStream().write(RECEIVED);
    }

    private void rejectSignature(SignatureCheck check, String peer, HttpServletResponse response) throws IOException {
        String reason = switch (check.outcome()) {
            case MISSING -> "signature_missing";
            case MALFORMED -> "signature_malformed";
            default -> "signature_invalid";
        };
        metrics.rejected(reason, true);
        rejections.rejected(reason, peer);
        String message = switch (check.outcome()) {
            case MISSING -> "the " + SIGNATURE_HEADER + " header is missing";
            case MALFORMED -> "the " + SIGNATURE_HEADER + " header is not 'sha256=' followed by 64 hex digits";
            default -> "the " + SIGNATURE_HEADER + " header does not match the body for any configured app secret";
        };
        error(response, HttpStatus.UNAUTHORIZED, new ApiError(reason, message, null));
    }

    private static void error(HttpServletResponse response, HttpStatus status, ApiError error) throws IOException {
        byte[] json = JSON.writeValueAsBytes(error);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }
}
