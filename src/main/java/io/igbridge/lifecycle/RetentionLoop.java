package io.igbridge.lifecycle;

import java.time.Clock;

import io.igbridge.config.IgbridgeProperties;
import io.igbridge.support.BackgroundWorker;
import org.springframework.stereotype.Component;

/**
 * Runs the retention purge every {@code IGBRIDGE_RETENTION_INTERVAL} on every node (they share the work: see
 * {@link RetentionPurge}); off when {@code IGBRIDGE_RETENTION_DAYS=0}.
 */
@Component
class RetentionLoop extends BackgroundWorker {

    RetentionLoop(Retention retention, IgbridgeProperties properties, Clock clock) {
        super("igbridge-retention", () -> {
            retention.run();
            return false; // one run drains everything expired; the next one after the interval
        }, properties.retention().interval(), !properties.retention().keepsForever(),
                "Retention is off (IGBRIDGE_RETENTION_DAYS=0): deliveries and events are kept forever", clock);
    }
}
