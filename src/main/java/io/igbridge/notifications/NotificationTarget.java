package io.igbridge.notifications;

/** Where an alert goes; stored on the outbox row ({@code target}). */
public enum NotificationTarget {
    SLACK, EMAIL, WEBHOOK,
    /** no target is configured: the alert is written to the log, so it is seen somewhere */
    LOG
}
