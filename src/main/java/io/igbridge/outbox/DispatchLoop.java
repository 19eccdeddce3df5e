package io.igbridge.outbox;

import java.time.Clock;

import io.igbridge.config.IgbridgeProperties;
import io.igbridge.support.PollingWorker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Executes due outbox actions in the background; actions enqueued on this node wake it at once. */
@Component
class DispatchLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DispatchLoop.class);

    private final IgbridgeProperties.Outbox settings;
    private final PollingWorker worker;

    DispatchLoop(OutboxDispatcher dispatcher, IgbridgeProperties properties, Clock clock) {
        this.settings = properties.outbox();
        this.worker = new PollingWorker("igbridge-outbox", dispatcher::dispatchNextDue, settings.pollInterval(), clock);
    }

    @EventListener
    void on(ActionsEnqueued enqueued) {
        worker.wakeUp();
    }

    @Override
    public void start() {
        if (settings.enabled()) {
            worker.start();
        } else {
            log.info("The outbox dispatcher is off on this node (IGBRIDGE_OUTBOX_ENABLED=false)");
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
