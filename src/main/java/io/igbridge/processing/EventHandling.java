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
import io.igbridge.support.ForegroundWork;
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
 * and {@link #handleDue()} handles it when its turn comes. A handler that fails rolls back that event's
 * handling only; the event is retried with backoff, then given up ({@code FAILED}), and the conversation goes on.
 */
@Service
class EventHandling {

    private static final Logger log = LoggerFactory.getLogger(EventHandling.class);
    /** Events handled in one transaction, at most (a commit per event was a large part of the cost under load). */
    static final int BATCH = 16;

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
    private final ForegroundWork foreground;
    private final WebhookPayloadParser parser = new WebhookPayloadParser();
    /** Deliveries parsed again to find their waiting events (bounded). */
    private final Cache<Long, ParsedDelivery> parsed = Caffeine.newBuilder().maximumSize(8).build();

    EventHandling(EventQueue queue, DeliveryQueue deliveries, List<InstagramEventHandler> handlers,
            TransactionTemplate transaction, ProcessingMetrics metrics, IgbridgeProperties properties, Clock clock,
            ForegroundWork foreground) {
        this.queue = queue;
        this.deliveries = deliveries;
        this.handlers = List.copyOf(handlers);
        this.transaction = transaction;
        this.savepoint = new TransactionTemplate(transaction.getTransactionManager());
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.metrics = metrics;
        this.retry = ProcessingRetry.policy(properties);
        this.clock = clock;
        this.foreground = foreground;
    }

    /**
     * Right after their deliveries' transaction stored them: handles, oldest first, each new event whose turn it is,
     * {@value #BATCH} to a transaction. The others wait for {@link #handleDue()}.
     */
    void handleNew(List<StoredEvent> stored) {
        List<StoredEvent> oldestFirst = stored.stream()
                .sorted(Comparator.comparing((StoredEvent event) -> event.event().occurredAt())).toList();
        int handled = 0;
        for (int from = 0; from < oldestFirst.size(); from += BATCH) {
            handled += handleTogether(oldestFirst.subList(from, Math.min(from + BATCH, oldestFirst.size())).stream()
                    .map(event -> (Claim) () -> queue.claim(event.eventId()).map(claimed -> event)).toList());
        }
        metrics.eventsWaiting(oldestFirst.size() - handled);
    }

    /**
     * Handles now the events of one delivery that still wait and whose turn has come, waiting for a worker that is
     * handling one of them to finish: when this returns, every event of the delivery whose turn it was is handled.
     */
    void handleWaitingOf(long deliveryId) {
        for (WaitingEvent waiting : queue.waitingOf(deliveryId)) {
            handleTogether(List.of(() -> queue.claimWaitingFor(waiting.id()).map(claimed -> find(waiting))));
        }
    }

    /** Handles the oldest waiting events whose turn has come, in one transaction; false when none was claimed. */
    boolean handleDue() {
        List<WaitingEvent> candidates = queue.dueCandidates(clock.instant());
        return !candidates.isEmpty() && handleTogether(candidates.stream().limit(BATCH)
                .map(waiting -> (Claim) () -> queue.claim(waiting.id()).map(claimed -> find(waiting))).toList()) > 0;
    }

    /**
     * Claims each event and, if claimed, runs the handlers and marks it handled, all in one transaction; returns how
     * many were claimed. The handlers of each event run inside a savepoint: when one fails, only their work on that
     * event is rolled back, and the failure is recorded in the claiming transaction, the event still locked, so no
     * other worker retries it before its backoff. Should the transaction fail as a whole (its commit, the
     * connection), each event is tried again alone. Between two events, deliveries being received go first
     * ({@link ForegroundWork}).
     */
    private int handleTogether(List<Claim> claims) {
        try {
            Integer claimed = transaction.execute(status -> {
                int count = 0;
                for (Claim claim : claims) {
                    foreground.giveWay();
                    Optional<StoredEvent> event = claim.get();
                    event.ifPresent(this::handleClaimed);
                    count += event.isPresent() ? 1 : 0;
                }
                return count;
            });
            return claimed == null ? 0 : claimed;
        } catch (RuntimeException | Error failure) {
            if (claims.size() == 1) {
                throw failure;
            }
            log.warn("A batch of {} events failed as a whole ({}); each is handled again alone", claims.size(),
                    Failures.describe(failure));
            return claims.stream().mapToInt(claim -> handleTogether(List.of(claim))).sum();
        }
    }

    private void handleClaimed(StoredEvent event) {
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
    }

    /** Claims an event for the calling transaction: empty when another worker holds it or its turn has not come. */
    private interface Claim extends Supplier<Optional<StoredEvent>> {
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
