package io.igbridge.events;

import java.util.List;

/**
 * A DM from a customer ({@code messaging[].message}, not an echo, not deleted).
 *
 * @param self        {@code is_self}: the account messaged itself (Meta's self-messaging test)
 * @param unsupported {@code is_unsupported}: the message holds media Meta cannot deliver
 */
public record MessageReceived(EventHeader header, String senderId, String recipientId, String mid,
                              MessageContent content, boolean self, boolean unsupported) implements InstagramEvent {

    @Override
    public String type() {
        return "message";
    }

    public String text() {
        return content.text();
    }

    public List<Attachment> attachments() {
        return content.attachments();
    }

    public String quickReplyPayload() {
        return content.quickReplyPayload();
    }

    public ReplyTo replyTo() {
        return content.replyTo();
    }

    public Referral referral() {
        return content.referral();
    }
}
