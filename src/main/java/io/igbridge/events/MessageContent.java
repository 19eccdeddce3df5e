package io.igbridge.events;

import java.util.List;

/** What a DM (received or echoed) says: text, attachments and context. Everything but the list may be null. */
public record MessageContent(String text, List<Attachment> attachments, String quickReplyPayload, ReplyTo replyTo,
                             Referral referral) {

    public MessageContent {
        attachments = List.copyOf(attachments);
    }

    static MessageContent textOnly(String text) {
        return new MessageContent(text, List.of(), null, null, null);
    }
}
