package io.igbridge.admin;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import io.igbridge.config.IgbridgeProperties;
import io.igbridge.events.InstagramEvent;
import io.igbridge.outbox.OutboxActions;
import io.igbridge.outbox.OutboxActions.DecidedAction;
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
    private final OutboxActions actions;
    private final IgbridgeProperties properties;
    private final Clock clock;

    WebhookTestController(TestEndpointAccess access, RawDeliveryStore store, DeliveryProcessor processor,
            OutboxActions actions, IgbridgeProperties properties, Clock clock) {
        this.actions = actions;
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
        byte[] body = RequestBody.read(request, properties.webhook().maxBodyBytes());
        Instant receivedAt = clock.instant();
        long id = store.store(new NewDelivery(receivedAt, body, null, true, request.getContentType()));
        ProcessingOutcome processed = processor.process(id).orElseThrow();
        List<TestEvent> events = processed.events().stream().map(TestEvent::of).toList();
        var result = new TestResult(id, processed.status().name(), processed.problem(), events, actions.decidedFor(id));
        var status = processed.status() == DeliveryStatus.UNPARSEABLE ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK;
        return ResponseEntity.status(status).header("X-Igbridge-Delivery", Long.toString(id)).body(result);
    }

    /** What the test delivery became: its events and the actions decided for them (sent like any other). */
    record TestResult(long deliveryId, String status, String problem, List<TestEvent> events,
            List<DecidedAction> actions) {
    }

    /** One parsed event; {@code duplicate} when an earlier delivery already stored it (same natural key). */
    record TestEvent(String type, String accountId, String dedupKey, Instant occurredAt, boolean duplicate,
            InstagramEvent event) {

        static TestEvent of(ProcessedEvent processed) {
            InstagramEvent event = processed.event();
            return new TestEvent(event.type(), event.accountId(), event.dedupKey(), event.occurredAt(),
                    !processed.isNew(), event);
        }
    }
}
