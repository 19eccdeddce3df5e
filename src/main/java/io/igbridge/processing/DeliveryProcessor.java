package io.igbridge.processing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

import io.igbridge.config.IgbridgeProperties;
import io.igbridge.events.ParsedDelivery;
import io.igbridge.events.ParsedEvent;
import io.igbridge.events.WebhookPayloadParser;
import io.igbridge.processing.ProcessingOutcome.ProcessedEvent;
import io.igbridge.support.ClaimsUnderWay;
import io.igbridge.support.Failures;
import io.igbridge.support.ForegroundWork;
import io.igbridge.support.RetryPolicy;
import io.igbridge.support.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Processes stored deliveries: in one short transaction, claim, parse, store each event once (waiting to be
 * handled), mark the delivery; then, once that is committed, hand the new events to {@link EventHandling}, which
 * runs the handlers on each when its turn comes. Under load, a transaction takes a batch of deliveries, each in a
 * savepoint. An exception rolls back its delivery's work; the failure is then recorded and the delivery retried with
 * backoff, until {@code IGBRIDGE_PROCESSING_MAX_ATTEMPTS} turns it {@code FAILED}.
 */
@Service
public class DeliveryProcessor {

    private static final Logger log = LoggerFactory.getLogger(DeliveryProcessor.class);
    /** Deliveries claimed and processed in one transaction, at most. */
    static final int BATCH = 16;

    private final DeliveryQueue queue;
    private final EventStore events;
    private final EventHandling handling;
    private final TransactionTemplate transaction;
    /** The deliveries this node's workers hold, skipped by the others' claims without a statement. */
    private final ClaimsUnderWay claimsUnderWay = new ClaimsUnderWay();
    /** Inside {@code transaction}: a savepoint, rolled back alone when a delivery of the batch fails. */
    private final TransactionTemplate savepoint;
    private final ProcessingMetrics metrics;
    private final RetryPolicy retry;
    private final RandomGenerator random = RandomGenerator.getDefault();
    private final Clock clock;
    private final ForegroundWork foreground;
    private final WebhookPayloadParser parser = new WebhookPayloadParser();

    DeliveryProcessor(DeliveryQueue queue, EventStore events, EventHandling handling, TransactionTemplate transaction,
            ProcessingMetrics metrics, IgbridgeProperties properties, Clock clock, ForegroundWork foreground) {
        this.queue = queue;
        this.events = events;
        this.handling = handling;
        this.transaction = transaction;
        this.savepoint = new TransactionTemplate(transaction.getTransactionManager());
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.metrics = metrics;
        this.retry = ProcessingRetry.policy(properties);
        this.clock = clock;
        this.foreground = foreground;
    }

    /**
     * Processes a batch of the oldest due deliveries that no other worker holds, up to {@value #BATCH}, in one
     * transaction (a commit per delivery was half the cost of processing under load), each in a savepoint of its
     * own: a delivery that fails is rolled back alone, and its failure recorded in the batch's transaction. Should the
     * batch itself fail (its commit, the connection), each of its deliveries is processed again alone. Then, the
     * batch committed, its new events are handled. Between two deliveries, deliveries being received go first
     * ({@link ForegroundWork}). Empty when no delivery was due and free.
     */
    public List<ProcessingOutcome> processDue() {
        List<StoredDelivery> claimed = new ArrayList<>();
        List<StoredEvent> newEvents = new ArrayList<>();
        List<ProcessingOutcome> outcomes = new ArrayList<>();
        try {
            claimsUnderWay.claim(mayTry -> {
                transaction.executeWithoutResult(status -> {
                    claimed.addAll(queue.claimDue(clock.instant(), BATCH, mayTry));
                    for (StoredDelivery delivery : claimed) {
                        foreground.giveWay();
                        outcomes.add(processInSavepoint(delivery, newEvents));
                    }
                });
                return claimed;
            });
        } catch (RuntimeException | Error failure) {
            if (claimed.isEmpty()) {
                throw failure;
            }
            log.warn("A batch of {} deliveries failed as a whole ({}); each is processed again alone", claimed.size(),
                    Failures.describe(failure));
            return claimed.stream().map(delivery -> process(delivery.id())).flatMap(Optional::stream).toList();
        }
        outcomes.forEach(this::report);
        // the deliveries are committed: a failure from here on is the events' own (they wait, PENDING, for the loop)
        handling.handleNew(newEvents);
        return outcomes;
    }

    private ProcessingOutcome processInSavepoint(StoredDelivery delivery, List<StoredEvent> newEvents) {
        List<StoredEvent> itsEvents = new ArrayList<>();
        try {
            ProcessingOutcome outcome = savepoint.execute(status -> processInTransaction(delivery, itsEvents));
            newEvents.addAll(itsEvents);
            return outcome;
        } catch (RuntimeException | Error failure) {
            // an Error too (a missing class): recorded, so the delivery backs off instead of being retried in a
            // tight loop; the batch's transaction still holds it, so no other worker retries it first
            return recordFailure(delivery.id(), failure);
        }
    }

    /**
     * Processes one given delivery now, its events' handling included (those whose turn it is). If another worker
     * holds it, waits for that worker and describes what it did; a delivery processed earlier is described as it
     * stands. Empty only for an unknown id.
     */
    public Optional<ProcessingOutcome> process(long deliveryId) {
        Optional<ProcessingOutcome> outcome = run(() -> queue.lock(deliveryId));
        handling.handleWaitingOf(deliveryId);
        return outcome;
    }

    /**
     * Replays a stored delivery (after a parser fix, say): processed again now. Its events already stored stay
     * as they are (same natural keys); only what was missing is added.
     */
    public Optional<ProcessingOutcome> replay(long deliveryId) {
        if (!queue.requeue(deliveryId, clock.instant())) {
            return Optional.empty();
        }
        return process(deliveryId);
    }

    private Optional<ProcessingOutcome> run(Supplier<Optional<StoredDelivery>> claim) {
        long[] claimedId = {-1};
        List<StoredEvent> newEvents = new ArrayList<>();
        Optional<ProcessingOutcome> outcome;
        try {
            outcome = transaction.execute(status -> claim.get().map(delivery -> {
                if (delivery.status() != DeliveryStatus.RECEIVED) {
                    return describe(delivery);
                }
                claimedId[0] = delivery.id();
                return processInTransaction(delivery, newEvents);
            }));
        } catch (RuntimeException | Error failure) {
            // an Error too (a missing class): recorded, so the delivery backs off instead of being retried in a
            // tight loop
            if (claimedId[0] < 0) {
                throw failure;
            }
            return Optional.of(recordFailure(claimedId[0], failure));
        }
        if (claimedId[0] >= 0) {
            outcome.ifPresent(this::report);
        }
        // the delivery is committed: a failure from here on is the events' own (they wait, PENDING, for the loop)
        handling.handleNew(newEvents);
        return outcome;
    }

    /** What an already processed (or given up) delivery holds, without processing it again. */
    private ProcessingOutcome describe(StoredDelivery delivery) {
        ParsedDelivery parsed = parser.parse(delivery.body(), !delivery.test(), delivery.receivedAt());
        Set<String> storedByIt = events.dedupKeysStoredBy(delivery.id());
        Set<String> accounts = new LinkedHashSet<>();
        List<ProcessedEvent> described = new ArrayList<>();
        for (ParsedEvent event : parsed.events()) {
            accounts.add(event.event().accountId());
            described.add(new ProcessedEvent(event.event(), storedByIt.contains(event.event().dedupKey())));
        }
        return new ProcessingOutcome(delivery.id(), delivery.status(), List.copyOf(accounts), described,
                delivery.lastError());
    }

    /** Stores the delivery's events; those new are added to {@code newEvents}, to be handled once committed. */
    private ProcessingOutcome processInTransaction(StoredDelivery delivery, List<StoredEvent> newEvents) {
        Instant now = clock.instant();
        ParsedDelivery parsed = parser.parse(delivery.body(), !delivery.test(), delivery.receivedAt());
        if (!parsed.isParseable()) {
            queue.markUnparseable(delivery.id(), parsed.problem(), now);
            return new ProcessingOutcome(delivery.id(), DeliveryStatus.UNPARSEABLE, List.of(), List.of(),
                    parsed.problem());
        }
        Set<String> accounts = new LinkedHashSet<>();
        List<ProcessedEvent> processed = new ArrayList<>(parsed.events().size());
        for (ParsedEvent event : parsed.events()) {
            accounts.add(event.event().accountId());
            OptionalLong eventId = events.storeIfAbsent(delivery.id(), event, delivery.test(), now);
            eventId.ifPresent(id -> newEvents.add(new StoredEvent(id, delivery.id(), delivery.test(), event.event())));
            processed.add(new ProcessedEvent(event.event(), eventId.isPresent()));
        }
        queue.markProcessed(delivery.id(), joined(accounts), processed.size(), now);
        return new ProcessingOutcome(delivery.id(), DeliveryStatus.PROCESSED, List.copyOf(accounts), processed, null);
    }

    private ProcessingOutcome recordFailure(long deliveryId, Throwable failure) {
        String error = Failures.describe(failure);
        int attempts = queue.attempts(deliveryId).orElse(0) + 1;
        boolean giveUp = retry.givesUpAfter(attempts);
        Instant retryAt = clock.instant().plus(retry.delayAfter(attempts, random));
        queue.recordFailure(deliveryId, error, retryAt, giveUp);
        metrics.processed(giveUp ? DeliveryStatus.FAILED : DeliveryStatus.RECEIVED);
        if (giveUp) {
            log.error("Delivery {} failed {} times and is given up (FAILED; it can be replayed): {}",
                    deliveryId, attempts, error);
        } else {
            log.warn("Delivery {} failed (attempt {} of {}), retried at {}: {}",
                    deliveryId, attempts, retry.maxAttempts(), retryAt, error);
        }
        return new ProcessingOutcome(deliveryId, giveUp ? DeliveryStatus.FAILED : DeliveryStatus.RECEIVED,
                List.of(), List.of(), error);
    }

    private void report(ProcessingOutcome outcome) {
        metrics.processed(outcome.status());
        if (outcome.status() == DeliveryStatus.UNPARSEABLE) {
            log.warn("Delivery {} is unparseable ({}); it is kept and can be replayed", outcome.deliveryId(),
                    outcome.problem());
        } else {
            metrics.eventsStored(outcome.newEventCount());
            log.info("Delivery {} processed: account {}, {} event(s), {} new", outcome.deliveryId(),
                    String.join(",", outcome.accountIds()), outcome.events().size(), outcome.newEventCount());
        }
    }

    private static String joined(Set<String> accounts) {
        return Text.limit(String.join(",", accounts), 100);
    }
}
