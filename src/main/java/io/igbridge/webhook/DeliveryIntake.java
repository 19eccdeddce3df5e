package io.igbridge.webhook;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import io.igbridge.config.IgbridgeProperties;
import io.igbridge.support.ForegroundWork;
import org.springframework.http.HttpStatus;

/**
 * The intake's whole decision for one delivery, without the servlet ({@link WebhookIntakeFilter} writes the answer;
 * the fuzz tests drive this directly): verify, store, commit, then acknowledge. The answer is 200 only once the row
 * is committed, and 503 (so Meta retries) when it could not be.
 */
class DeliveryIntake {

    static final String SIGNATURE_HEADER = "X-Hub-Signature-256";

    private final IgbridgeProperties properties;
    private final SignatureVerifier verifier;
    private final RawDeliveryStore store;
    private final IntakeMetrics metrics;
    private final RejectionLog rejections;
    private final ForegroundWork foreground;
    private final Clock clock;

    DeliveryIntake(IgbridgeProperties properties, RawDeliveryStore store, IntakeMetrics metrics,
            ForegroundWork foreground, Clock clock) {
        this.properties = properties;
        this.verifier = new SignatureVerifier(properties.instagram().webhookSecrets());
        this.store = store;
        this.metrics = metrics;
        this.rejections = new RejectionLog(clock);
        this.foreground = foreground;
        this.clock = clock;
    }

    /**
     * Background work gives way while this runs ({@link ForegroundWork}); during the wait for the commit, only while
     * the intake is falling behind.
     */
    IntakeAnswer receive(IntakeRequest request) throws IOException {
        foreground.started();
        try {
            return verifyAndStore(request);
        } catch (DeliveryRefused refused) {
            metrics.rejected(refused.error(), false);
            return IntakeAnswer.refused(refused.status(), new ApiError(refused.error(), refused.getMessage(), null));
        } finally {
            foreground.finished();
        }
    }

    private IntakeAnswer verifyAndStore(IntakeRequest request) throws IOException {
        long started = System.nanoTime();
        if (properties.instagram().webhookSecrets().isEmpty()) {
            return IntakeAnswer.refused(HttpStatus.SERVICE_UNAVAILABLE, new ApiError("not_configured",
                    "INSTAGRAM_WEBHOOK_SECRET is not set: deliveries can't be verified, so none is accepted",
                    "INSTAGRAM_WEBHOOK_SECRET"));
        }
        byte[] body = RequestBody.read(request.body(), request.declaredLength(), properties.webhook().maxBodyBytes());
        SignatureCheck check = verifier.verify(body, request.signature());
        if (!check.isValid()) {
            return rejectSignature(check, request.peer());
        }
        var delivery = new NewDelivery(clock.instant(), body, check.secretSlot(), false, request.contentType());
        long id = foreground.aside(() -> store.store(delivery));
        metrics.received(false, Duration.ofNanos(System.nanoTime() - started));
        return IntakeAnswer.stored(id);
    }

    private IntakeAnswer rejectSignature(SignatureCheck check, String peer) {
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
        return IntakeAnswer.refused(HttpStatus.UNAUTHORIZED, new ApiError(reason, message, null));
    }
}
