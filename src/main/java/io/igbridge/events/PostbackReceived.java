package io.igbridge.events;

/**
 * {@code postback}: an ice-breaker, button or template tap. {@code mid} is absent in ice-breaker samples and
 * {@code payload} is absent on the standby channel.
 */
public record PostbackReceived(EventHeader header, String senderId, String recipientId, String mid, String title,
                               String payload) implements InstagramEvent {

    @Override
    public String type() {
        return "postback";
    }
}
