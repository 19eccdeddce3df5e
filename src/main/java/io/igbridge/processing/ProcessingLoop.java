package io.igbridge.processing;

import java.time.Clock;

import io.igbridge.config.IgbridgeProperties;
import io.igbridge.support.PollingWorker;
import io.igbridge.webhook.DeliveryStored;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Processes due deliveries in the background; a delivery stored on this node wakes it at once. */
@Component
class ProcessingLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProcessingLoop.class);

    private final IgbridgeProperties.Processing settings;
    private final PollingWorker worker;

    ProcessingLoop(DeliveryProcessor processor, IgbridgeProperties properties, Clock clock) {
        this.settings = properties.processing();
        this.worker = new PollingWorker("igbridge-processing", () -> processor.processNextDue().isPresent(),
                settings.pollInterval(), clock);
    }

    @EventListener
    void on(DeliveryStored stored) {
        worker.wakeUp();
    }

    @Override
    public void start() {
        if (settings.enabled()) {
            worker.start();
        } else {
            log.info("Processing is off on this node (IGBRIDGE_PROCESSING_ENABLED=false): deliveries are only stored");
        }
    }

    @Override
    public void stop() {
        worker.stop();
    }

    @Override
    public boolean isRunning() {
        return worker.isRunning();
    }

    /** Switched off on this node, or its thread alive. */
    boolean isHealthy() {
        return !settings.enabled() || worker.isAlive();
    }
}
