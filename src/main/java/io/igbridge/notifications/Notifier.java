package io.igbridge.notifications;

/** Delivers alerts to one kind of target. */
public interface Notifier {

    NotificationTarget target();

    void send(Alert alert) throws NotificationFailedException;
}
