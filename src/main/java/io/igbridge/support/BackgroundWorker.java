package io.igbridge.support;

import java.time.Clock;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** A {@link PollingWorker} started and stopped with the application, unless switched off on this node. */
public abstract class BackgroundWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BackgroundWorker.class);

    private final PollingWorker worker;
    private final boolean enabled;
    private final String whenOff;

    /** @param whenOff what is logged at start-up when the worker is switched off */
    protected BackgroundWorker(String name, BooleanSupplier workOnce, Duration pollInterval, boolean enabled,
            String whenOff, Clock clock) {
        this.worker = new PollingWorker(name, workOnce, pollInterval, clock);
        this.enabled = enabled;
        this.whenOff = whenOff;
    }

    /** Work arrived: look now instead of at the next poll. */
    protected void wakeUp() {
        worker.wakeUp();
    }

    @Override
    public void start() {
        if (enabled) {
            worker.start();
        } else {
            log.info(whenOff);
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
    public boolean isHealthy() {
        return !enabled || worker.isAlive();
    }
}
