package io.igbridge.processing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.igbridge.config.IgbridgeProperties;
import io.igbridge.webhook.DeliveryStored;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The background worker: processes due deliveries one after the other, then waits until the intake stores a
 * new one or the poll interval passes (other nodes' deliveries and retries are found by polling). Survives a
 * database outage: it waits and tries again.
 */
@Component
class ProcessingLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProcessingLoop.class);
    private static final Duration ERROR_LOG_INTERVAL = Duration.ofMinutes(1);

    private final DeliveryProcessor processor;
    private final IgbridgeProperties.Processing settings;
    private final Clock clock;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;
    private Instant lastErrorLogged = Instant.EPOCH;

    ProcessingLoop(DeliveryProcessor processor, IgbridgeProperties properties, Clock clock) {
        this.processor = processor;
        this.settings = properties.processing();
        this.clock = clock;
    }

    @EventListener
    void on(DeliveryStored stored) {
        wakeUp.release();
    }

    @Override
    public void start() {
        if (!settings.enabled()) {
            log.info("Processing is off on this node (IGBRIDGE_PROCESSING_ENABLED=false): deliveries are only stored");
            return;
        }
        running = true;
        worker = new Thread(this::run, "igbridge-processing");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() {
        running = false;
        wakeUp.release();
        if (worker != null) {
            try {
                worker.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        while (running) {
            try {
                if (processor.processNextDue().isEmpty()) {
                    waitForWork();
                }
            } catch (RuntimeException databaseTrouble) {
                logRateLimited(databaseTrouble);
                waitForWork();
            }
        }
    }

    private void waitForWork() {
        try {
            wakeUp.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
            wakeUp.drainPermits();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private void logRateLimited(RuntimeException failure) {
        Instant now = clock.instant();
        if (now.isAfter(lastErrorLogged.plus(ERROR_LOG_INTERVAL))) {
            lastErrorLogged = now;
            log.warn("Processing can't reach the database; retrying every {}: {}", settings.pollInterval(),
                    failure.getMessage());
        }
    }
}
