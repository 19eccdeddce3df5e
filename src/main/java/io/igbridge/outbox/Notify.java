package io.igbridge.outbox;

/**
 * Tell the team something. Notifications sharing a {@code group} within a short time are sent as one message,
 * so a burst of 100 alerts is a handful of messages.
 */
public record Notify(String accountId, String group, String text) implements Action {

    @Override
    public String type() {
        return "notify";
    }
}
