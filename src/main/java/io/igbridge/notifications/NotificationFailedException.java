package io.igbridge.notifications;

/** An alert could not be delivered; {@code retryable} unless the target refused it for good (HTTP 4xx). */
public class NotificationFailedException extends Exception {

    private final boolean retryable;

    public NotificationFailedException(String message, boolean retryable) {
        super(message);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
