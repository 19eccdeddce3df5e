package io.igbridge.processing;

import java.time.Clock;

import io.igbridge.config.IgbridgeProperties;
import io.igbridge.support.BackgroundWorker;
import io.igbridge.support.ForegroundWork;
import io.igbridge.webhook.DeliveryStored;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Processes due deliveries, and handles events whose turn has come after waiting, in the background, on
 * {@code IGBRIDGE_PROCESSING_WORKERS} threads; a delivery stored on this node wakes it at once. Deliveries being
 * received go first ({@link ForegroundWork}).
 */
@Component
class ProcessingLoop extends BackgroundWorker {

    ProcessingLoop(DeliveryProcessor processor, EventHandling handling, ForegroundWork foreground,
            IgbridgeProperties properties, Clock clock) {
        super("igbridge-processing", properties.processing().workers(), () -> {
            foreground.giveWay();
            boolean processed = !processor.processDue().isEmpty();
            return handling.handleDue() || processed;
        }, properties.processing().pollInterval(), properties.processing().enabled(),
                "Processing is off on this node (IGBRIDGE_PROCESSING_ENABLED=false): deliveries are only stored", clock);
    }

    @EventListener
    void on(DeliveryStored stored) {
        wakeUp();
    }
}
