package io.igbridge.events;

import java.util.List;

/**
 * {@code message.is_echo}: a message the account sent (through us or the Instagram app). The sender is the
 * account and the recipient the customer, so never reply to it.
 */
public record MessageEchoed(EventHeader header, String senderId, String recipientId, String mid,
                            MessageContent content, boolean self, boolean unsupported) implements InstagramEvent {

    @Override
    public String type() {
        return "message_echo";
    }

    public String text() {
        return content.text();
    }

    public List<Attachment> attachments() {
        return content.attachments();
    }
}
