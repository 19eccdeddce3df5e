package io.igbridge.lifecycle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToIntBiFunction;

import io.igbridge.config.IgbridgeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Purges what is older than {@code IGBRIDGE_RETENTION_DAYS}: handled events, then the deliveries left without
 * events, then the remembered deletions of messages. Each batch is a transaction of its own, so a purge of a large
 * backlog never holds locks for long, and stops at the first error (the next run goes on from there).
 */
@Service
class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private final RetentionPurge purge;
    private final TransactionTemplate transaction;
    private final RetentionMetrics metrics;
    private final IgbridgeProperties.Retention settings;
    private final Clock clock;

    Retention(RetentionPurge purge, TransactionTemplate transaction, RetentionMetrics metrics,
            IgbridgeProperties properties, Clock clock) {
        this.purge = purge;
        this.transaction = transaction;
        this.metrics = metrics;
        this.settings = properties.retention();
        this.clock = clock;
    }

    /** What one run removed, per table, in how many batches. */
    record Purged(Map<String, Integer> rows, int batches) {

        int total() {
            return rows.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** Purges everything expired, batch after batch, until a batch finds nothing. */
    Purged run() {
        if (settings.keepsForever()) {
            return new Purged(Map.of(), 0);
        }
        Instant cutoff = clock.instant().minus(Duration.ofDays(settings.days()));
        Map<String, Integer> rows = new LinkedHashMap<>();
        int batches = 0;
        batches += drain("instagram_event", purge::events, cutoff, rows);
        batches += drain("raw_delivery", purge::deliveries, cutoff, rows);
        batches += drain("deleted_message", purge::deletedMessages, cutoff, rows);
        Purged purged = new Purged(Map.copyOf(rows), batches);
        metrics.lastRun(purged.rows());
        if (purged.total() > 0) {
            log.info("Retention ({} days) purged {} events, {} deliveries and {} deleted-message ids older than {},"
                    + " in {} batches", settings.days(), rows.get("instagram_event"), rows.get("raw_delivery"),
                    rows.get("deleted_message"), cutoff, batches);
        }
        return purged;
    }

    private int drain(String table, ToIntBiFunction<Instant, Integer> batch, Instant cutoff,
            Map<String, Integer> rows) {
        int batches = 0;
        int removed;
        rows.put(table, 0);
        do {
            removed = transaction.execute(status -> batch.applyAsInt(cutoff, settings.batchSize()));
            rows.merge(table, removed, Integer::sum);
            batches++;
        } while (removed > 0);
        return batches;
    }
}
