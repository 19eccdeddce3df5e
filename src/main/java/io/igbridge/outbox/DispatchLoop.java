package io.igbridge.outbox;

import java.time.Clock;

import io.igbridge.config.IgbridgeProperties;
import io.igbridge.support.BackgroundWorker;
import io.igbridge.support.ForegroundWork;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Executes due outbox actions in the background, on {@code IGBRIDGE_OUTBOX_WORKERS} threads; actions enqueued on
 * this node wake it at once. Deliveries being received go first ({@link ForegroundWork}).
 */
@Component
class DispatchLoop extends BackgroundWorker {

    DispatchLoop(OutboxDispatcher dispatcher, ForegroundWork foreground, IgbridgeProperties properties, Clock clock) {
        super("igbridge-outbox", properties.outbox().workers(), (Unit) foundWork -> {
            foreground.giveWay();
            return dispatcher.dispatchDue(foundWork) > 0;
        }, properties.outbox().pollInterval(),
                properties.outbox().enabled(),
                "The outbox dispatcher is off on this node (IGBRIDGE_OUTBOX_ENABLED=false)", clock);
    }

    @EventListener
    void on(ActionsEnqueued enqueued) {
        wakeUp();
    }
}
