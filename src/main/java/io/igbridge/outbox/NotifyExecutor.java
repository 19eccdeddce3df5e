package io.igbridge.outbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.igbridge.config.IgbridgeProperties;
import io.igbridge.notifications.Alert;
import io.igbridge.notifications.NotificationFailedException;
import io.igbridge.notifications.NotificationTarget;
import io.igbridge.notifications.Notifier;
import org.springframework.stereotype.Component;

/**
 * Sends a notification to its target, together with the other pending notifications of its group (claimed here
 * too), so a burst of alerts is one message. The outcome of the message is the outcome of every row in it.
 */
@Component
class NotifyExecutor implements ActionExecutor {

    private final Map<NotificationTarget, Notifier> notifiers;
    private final OutboxQueue queue;
    private final IgbridgeProperties.Outbox settings;
    private final Clock clock;

    NotifyExecutor(List<Notifier> notifiers, OutboxQueue queue, IgbridgeProperties properties, Clock clock) {
        this.notifiers = notifiers.stream().collect(Collectors.toMap(Notifier::target, Function.identity()));
        this.queue = queue;
        this.settings = properties.outbox();
        this.clock = clock;
    }

    @Override
    public boolean handles(Action action) {
        return action instanceof Notify;
    }

    @Override
    public Outcome execute(PendingAction pending) {
        Notifier notifier = notifiers.get(pending.target() == null ? NotificationTarget.LOG : pending.target());
        List<PendingAction> batch = new ArrayList<>(List.of(pending));
        if (pending.notifyGroup() != null && pending.target() != null) {
            batch.addAll(queue.claimGroup(pending, clock.instant().plus(settings.lease())));
        }
        List<String> texts = batch.stream()
                .map(row -> FirstNames.withFirstName(((Notify) row.action()).text(), null)).toList();
        Outcome outcome = send(notifier, new Alert(pending.accountId(), pending.notifyGroup(), texts));
        return batch.size() == 1 ? outcome : new Outcome.Batch(batch.subList(1, batch.size()), outcome);
    }

    private static Outcome send(Notifier notifier, Alert alert) {
        try {
            notifier.send(alert);
            return new Outcome.Done(List.of());
        } catch (NotificationFailedException failure) {
            return failure.retryable() ? new Outcome.Transient(failure.getMessage())
                    : new Outcome.Permanent(failure.getMessage());
        } catch (RuntimeException unexpected) {
            return new Outcome.Transient(unexpected.getClass().getSimpleName());
        }
    }
}
