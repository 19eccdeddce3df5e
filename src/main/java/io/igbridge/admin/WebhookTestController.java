package io.igbridge.admin;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import io.igbridge.config.IgbridgeProperties;
import io.igbridge.events.InstagramEvent;
import io.igbridge.events.ParsedDelivery;
import io.igbridge.events.WebhookPayloadParser;
import io.igbridge.processing.DeliveryProcessor;
import io.igbridge.processing.DeliveryStatus;
import io.igbridge.processing.ProcessingOutcome;
import io.igbridge.processing.ProcessingOutcome.ProcessedEvent;
import io.igbridge.webhook.ApiError;
import io.igbridge.webhook.NewDelivery;
import io.igbridge.webhook.RawDeliveryStore;
import io.igbridge.webhook.RequestBody;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/instagram/webhook-test}: the seed guide's curl examples, unsigned. The payload is stored as a
 * delivery flagged {@code test} and processed by the same code as a signed one, right away; the answer lists
 * the events it held, and which of them were new.
 */
@RestController
class WebhookTestController {

    private final TestEndpointAccess access;
    private final RawDeliveryStore store;
    private final DeliveryProcessor processor;
    private final IgbridgeProperties properties;
    private final Clock clock;
    private final WebhookPayloadParser parser = new WebhookPayloadParser();

    WebhookTestController(TestEndpointAccess access, RawDeliveryStore store, DeliveryProcessor processor,
            IgbridgeProperties properties, Clock clock) {
        this.access = access;
        this.store = store;
        this.processor = processor;
        this.properties = properties;
        this.clock = clock;
    }

    @PostMapping("/api/instagram/webhook-test")
    ResponseEntity<?> receive(HttpServletRequest request) throws IOException {
        ResponseEntity<ApiError> refusal = access.refusal(request);
        if (refusal != null) {
            return refusal;
        }
        int maxBytes = properties.webhook().maxBodyBytes();
        byte[] body = RequestBody.readAtMost(request, maxBytes);
        if (body == null) {
            return ApiError.respond(HttpStatus.CONTENT_TOO_LARGE, "payload_too_large",
                    "the body is larger than " + maxBytes + " bytes (IGBRIDGE_MAX_BODY_BYTES)");
        }
        if (body.length == 0) {
            return ApiError.respond(HttpStatus.BAD_REQUEST, "empty_body", "the body is empty");
        }
        Instant receivedAt = clock.instant();
        long id = store.store(new NewDelivery(receivedAt, body, null, true, request.getContentType()));
        Optional<ProcessingOutcome> outcome = processor.process(id);
        if (outcome.isEmpty()) {
            // another worker took it first: list what it holds without waiting for that worker
            return listParsed(id, parser.parse(body, false, receivedAt));
        }
        ProcessingOutcome processed = outcome.get();
        List<TestEvent> events = processed.events().stream().map(TestEvent::of).toList();
        var result = new TestResult(id, processed.status().name(), processed.problem(), events);
        return processed.status() == DeliveryStatus.UNPARSEABLE ? ResponseEntity.unprocessableContent().body(result)
                : ResponseEntity.ok(result);
    }

    private static ResponseEntity<TestResult> listParsed(long id, ParsedDelivery parsed) {
        if (!parsed.isParseable()) {
            return ResponseEntity.unprocessableContent()
                    .body(new TestResult(id, DeliveryStatus.RECEIVED.name(), parsed.problem(), List.of()));
        }
        List<TestEvent> events = parsed.events().stream()
                .map(event -> new TestEvent(event.event().type(), event.event().accountId(),
                        event.event().dedupKey(), event.event().occurredAt(), null, event.event()))
                .toList();
        return ResponseEntity.ok(new TestResult(id, DeliveryStatus.RECEIVED.name(), null, events));
    }

    record TestResult(long deliveryId, String status, String problem, List<TestEvent> events) {
    }

    /**
     * One parsed event; {@code duplicate} is true when an earlier delivery already stored it (same natural key),
     * null when the delivery is not processed yet.
     */
    record TestEvent(String type, String accountId, String dedupKey, Instant occurredAt, Boolean duplicate,
            InstagramEvent event) {

        static TestEvent of(ProcessedEvent processed) {
            InstagramEvent event = processed.event();
            return new TestEvent(event.type(), event.accountId(), event.dedupKey(), event.occurredAt(),
                    !processed.isNew(), event);
        }
    }
}
