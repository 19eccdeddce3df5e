package io.igbridge.processing;

import java.time.Clock;

import io.igbridge.config.IgbridgeProperties;
import io.igbridge.storage.ReplayableWork;
import io.igbridge.support.BackgroundWorker;
import io.igbridge.support.ForegroundWork;
import io.igbridge.webhook.DeliveryStored;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Processes due deliveries, and handles events whose turn has come after waiting, in the background, on
 * {@code IGBRIDGE_PROCESSING_WORKERS} threads; a delivery stored on this node wakes it at once. Deliveries being
 * received go first ({@link ForegroundWork}). Its commits are {@link ReplayableWork}: on H2 they do not wait for a
 * store of the file each.
 */
@Component
class ProcessingLoop extends BackgroundWorker {

    ProcessingLoop(DeliveryProcessor processor, EventHandling handling, ForegroundWork foreground,
            IgbridgeProperties properties, Clock clock) {
        // replayable: a stored delivery stays due, a stored event waiting, until its processing is in the file
        super("igbridge-processing", properties.processing().workers(), () -> ReplayableWork.run(() -> {
            foreground.giveWay();
            boolean processed = !processor.processDue().isEmpty();
            return handling.handleDue() || processed;
        }), properties.processing().pollInterval(), properties.processing().enabled(),
                "Processing is off on this node (IGBRIDGE_PROCESSING_ENABLED=false): deliveries are only stored", clock);
    }

    @EventListener
    void on(DeliveryStored stored) {
        wakeUp();
    }
}
