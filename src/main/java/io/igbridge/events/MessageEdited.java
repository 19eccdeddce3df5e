package io.igbridge.events;

/**
 * {@code message_edit}: message {@code mid} now reads {@code text}.
 *
 * @param numEdit how many times it has been edited; null when Meta sent none (string or number on the wire)
 */
public record MessageEdited(EventHeader header, String senderId, String recipientId, String mid, String text,
                            Integer numEdit) implements InstagramEvent {

    @Override
    public String type() {
        return "message_edit";
    }
}
