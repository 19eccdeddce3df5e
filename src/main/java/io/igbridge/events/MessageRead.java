package io.igbridge.events;

/** {@code read}: the customer has seen message {@code mid} (Instagram sends no watermark). */
public record MessageRead(EventHeader header, String senderId, String recipientId, String mid)
        implements InstagramEvent {

    @Override
    public String type() {
        return "read";
    }
}
