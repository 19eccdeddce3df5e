package io.igbridge.webhook;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import io.igbridge.config.IgbridgeProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/instagram/webhook}: Meta's deliveries. Verify, store, commit, then acknowledge; the answer
 * is 200 only once the row is committed, and 503 (so Meta retries) when it could not be.
 */
@RestController
class WebhookIntakeController {

    static final String SIGNATURE_HEADER = "X-Hub-Signature-256";

    private final IgbridgeProperties properties;
    private final SignatureVerifier verifier;
    private final RawDeliveryStore store;
    private final IntakeMetrics metrics;
    private final RejectionLog rejections;
    private final Clock clock;

    WebhookIntakeController(IgbridgeProperties properties, RawDeliveryStore store, IntakeMetrics metrics, Clock clock) {
        this.properties = properties;
        this.verifier = new SignatureVerifier(properties.instagram().webhookSecrets());
        this.store = store;
        this.metrics = metrics;
        this.rejections = new RejectionLog(clock);
        this.clock = clock;
    }

    @PostMapping("/api/instagram/webhook")
    ResponseEntity<?> receive(HttpServletRequest request) throws IOException {
        return receive(IntakeRequest.of(request));
    }

    /** The whole of the intake's decision, without the servlet (the fuzz tests drive it directly). */
    ResponseEntity<?> receive(IntakeRequest request) throws IOException {
        long started = System.nanoTime();
        if (properties.instagram().webhookSecrets().isEmpty()) {
            return ApiError.notConfigured("INSTAGRAM_WEBHOOK_SECRET",
                    "INSTAGRAM_WEBHOOK_SECRET is not set: deliveries can't be verified, so none is accepted");
        }
        byte[] body = RequestBody.read(request.body(), request.declaredLength(), properties.webhook().maxBodyBytes());
        SignatureCheck check = verifier.verify(body, request.signature());
        if (!check.isValid()) {
            return rejectSignature(check, request.peer());
        }
        long id = store.store(new NewDelivery(clock.instant(), body, check.secretSlot(), false, request.contentType()));
        metrics.received(false, Duration.ofNanos(System.nanoTime() - started));
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).header("X-Igbridge-Delivery", Long.toString(id))
                .body("EVENT_RECEIVED");
    }

    private ResponseEntity<ApiError> rejectSignature(SignatureCheck check, String peer) {
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
        return ApiError.respond(HttpStatus.UNAUTHORIZED, reason, message);
    }
}
