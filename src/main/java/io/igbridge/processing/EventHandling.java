package io.igbridge.processing;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.igbridge.config.IgbridgeProperties;
import io.igbridge.events.ParsedDelivery;
import io.igbridge.events.ParsedEvent;
import io.igbridge.events.WebhookPayloadParser;
import io.igbridge.processing.EventQueue.WaitingEvent;
import io.igbridge.support.Failures;
import io.igbridge.support.RetryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Step ④'s entry: runs the handlers on each stored event once, in a transaction of its own, in timestamp order
 * within a conversation, on any number of nodes. Usually an event's turn has come as soon as its delivery is
 * stored, and the worker that stored it handles it at once. Otherwise (an earlier event of the same contact is
 * still being handled or waiting, or an earlier delivery is still being parsed, perhaps on another node) it waits,
 * and {@link #handleNextDue()} handles it when its turn comes. A handler that fails rolls back that event's
 * handling only; the event is retried with backoff, then given up ({@code FAILED}), and the conversation goes on.
 */
@Service
class EventHandling {

    private static final Logger log = LoggerFactory.getLogger(EventHandling.class);

    private final EventQueue queue;
    private final DeliveryQueue deliveries;
    private final List<InstagramEventHandler> handlers;
    private final TransactionTemplate transaction;
    /** Inside {@code transaction}: a savepoint, rolled back alone when a handler fails. */
    private final TransactionTemplate savepoint;
    private final ProcessingMetrics metrics;
    private final RetryPolicy retry;
    private final RandomGenerator random = RandomGenerator.getDefault();
    private final Clock clock;
    private final WebhookPayloadParser parser = new WebhookPayloadParser();
    /** Deliveries parsed again to find their waiting events (bounded). */
    private final Cache<Long, ParsedDelivery> parsed = Caffeine.newBuilder().maximumSize(8).build();

    EventHandling(EventQueue queue, DeliveryQueue deliveries, List<InstagramEventHandler> handlers,
            TransactionTemplate transaction, ProcessingMetrics metrics, IgbridgeProperties properties, Clock clock) {
        this.queue = queue;
        this.deliveries = deliveries;
        this.handlers = List.copyOf(handlers);
        this.transaction = transaction;
        this.savepoint = new TransactionTemplate(transaction.getTransactionManager());
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.metrics = metrics;
        this.retry = ProcessingRetry.policy(properties);
        this.clock = clock;
    }

    /**
     * Right after their delivery's transaction stored them: handles, oldest first, each new event whose turn it is,
     * each in a transaction of its own. The others wait for {@link #handleNextDue()}.
     */
    void handleNew(List<StoredEvent> stored) {
        int waiting = 0;
        List<StoredEvent> oldestFirst = stored.stream()
                .sorted(Comparator.comparing((StoredEvent event) -> event.event().occurredAt())).toList();
        for (StoredEvent event : oldestFirst) {
            if (!handle(() -> queue.claim(event.eventId()).map(claimed -> event))) {
                waiting++;
            }
        }
        metrics.eventsWaiting(waiting);
    }

    /**
     * Handles now the events of one delivery that still wait and whose turn has come, waiting for a worker that is
     * handling one of them to finish: when this returns, every event of the delivery whose turn it was is handled.
     */
    void handleWaitingOf(long deliveryId) {
        for (WaitingEvent waiting : queue.waitingOf(deliveryId)) {
            handle(() -> queue.claimWaitingFor(waiting.id()).map(claimed -> find(waiting)));
        }
    }

    /** Handles the oldest waiting event whose turn has come; false when there is none. */
    boolean handleNextDue() {
        return handle(() -> queue.claimNextDue(clock.instant()).map(this::find));
    }

    /**
     * Claims, runs the handlers and marks the event handled, in one transaction; false when nothing was claimed. The
     * handlers run inside a savepoint: when one fails, only their work is rolled back, and the failure is recorded in
     * the claiming transaction, the event still locked, so no other worker retries it before its backoff.
     */
    private boolean handle(Supplier<Optional<StoredEvent>> claim) {
        return Boolean.TRUE.equals(transaction.execute(status -> claim.get().map(event -> {
            try {
                savepoint.executeWithoutResult(handling -> {
                    runHandlers(event);
                    queue.markHandled(event.eventId(), clock.instant());
                });
                metrics.eventHandled();
            } catch (RuntimeException | Error failure) {
                // an Error too (a handler's StackOverflowError): recorded, so the event backs off instead of looping
                recordFailure(event.eventId(), failure);
            }
            return true;
        }).orElse(false)));
    }

    private void runHandlers(StoredEvent event) {
        handlers.forEach(handler -> handler.on(event));
    }

    private StoredEvent find(WaitingEvent waiting) {
        StoredDelivery delivery = deliveries.find(waiting.deliveryId()).orElseThrow(
                () -> new IllegalStateException("delivery " + waiting.deliveryId() + " is gone"));
        // a 1,000-update delivery is parsed once here, not once per waiting event
        ParsedDelivery events = parsed.get(delivery.id(),
                id -> parser.parse(delivery.body(), !delivery.test(), delivery.receivedAt()));
        Optional<ParsedEvent> event = events.events().stream()
                .filter(candidate -> candidate.event().accountId().equals(waiting.accountId())
                        && candidate.event().dedupKey().equals(waiting.dedupKey()))
                .findFirst();
        return new StoredEvent(waiting.id(), delivery.id(), delivery.test(), event.orElseThrow(
                () -> new IllegalStateException("event " + waiting.dedupKey() + " is no longer in delivery "
                        + delivery.id() + " as parsed now")).event());
    }

    private void recordFailure(long eventId, Throwable failure) {
        String error = Failures.describe(failure);
        int attempts = queue.attempts(eventId) + 1;
        boolean giveUp = retry.givesUpAfter(attempts);
        Instant retryAt = clock.instant().plus(retry.delayAfter(attempts, random));
        queue.recordFailure(eventId, error, retryAt, giveUp);
        metrics.eventFailed(giveUp);
        if (giveUp) {
            log.error("Event {} failed {} times and is given up (FAILED; later events of its conversation go on): {}",
                    eventId, attempts, error);
        } else {
            log.warn("Event {} failed (attempt {} of {}), retried at {}: {}", eventId, attempts,
                    retry.maxAttempts(), retryAt, error);
        }
    }
}
