package io.igbridge.events;

/**
 * {@code optin}: a marketing-message opt-in. All values are kept as the strings Meta sent (numbers are
 * written out), every one may be null.
 *
 * @param frequency {@code notification_messages_frequency}
 * @param timezone  {@code notification_messages_timezone}
 */
public record OptinReceived(EventHeader header, String senderId, String recipientId, String optinType, String payload,
                            String notificationMessagesToken, String frequency, String timezone,
                            String tokenExpiryTimestamp, String userTokenStatus, String notificationMessagesStatus,
                            String title) implements InstagramEvent {

    @Override
    public String type() {
        return "optin";
    }
}
