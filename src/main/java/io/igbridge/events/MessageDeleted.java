package io.igbridge.events;

/** {@code message.is_deleted}: the customer unsent message {@code mid}; its stored text must be redacted. */
public record MessageDeleted(EventHeader header, String senderId, String recipientId, String mid)
        implements InstagramEvent {

    @Override
    public String type() {
        return "message_deleted";
    }
}
