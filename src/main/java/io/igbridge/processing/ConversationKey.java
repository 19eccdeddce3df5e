package io.igbridge.processing;

import io.igbridge.events.CommentReceived;
import io.igbridge.events.InstagramEvent;
import io.igbridge.events.MentionReceived;
import io.igbridge.events.MessageDeleted;
import io.igbridge.events.MessageEchoed;
import io.igbridge.events.MessageEdited;
import io.igbridge.events.MessageRead;
import io.igbridge.events.MessageReceived;
import io.igbridge.events.OptinReceived;
import io.igbridge.events.PostbackReceived;
import io.igbridge.events.ReactionAdded;
import io.igbridge.events.ReactionRemoved;
import io.igbridge.events.ReferralReceived;
import io.igbridge.events.ThreadControlChanged;
import io.igbridge.support.Text;

/**
 * The account and the contact an event is about: events with the same key are handled in timestamp order, on any
 * number of nodes. A DM, an echo of our reply, a reaction, a comment or a mention by the same person share a key;
 * an event about no contact (story insights, a feed change, an unknown shape) has a key of its own.
 */
final class ConversationKey {

    private ConversationKey() {
    }

    static String of(InstagramEvent event) {
        String contact = contactOf(event);
        String key = contact == null || contact.isBlank()
                ? event.accountId() + "/event/" + event.dedupKey()
                : event.accountId() + "/contact/" + contact;
        return Text.limit(key, 300);
    }

    private static String contactOf(InstagramEvent event) {
        if (event instanceof MessageReceived e) {
            return other(event, e.senderId(), e.recipientId());
        } else if (event instanceof MessageEchoed e) {
            return other(event, e.senderId(), e.recipientId());
        } else if (event instanceof MessageDeleted e) {
            return other(event, e.senderId(), e.recipientId());
        } else if (event instanceof MessageEdited e) {
            return other(event, e.senderId(), e.recipientId());
        } else if (event instanceof ReactionAdded e) {
            return other(event, e.senderId(), e.recipientId());
        } else if (event instanceof ReactionRemoved e) {
            return other(event, e.senderId(), e.recipientId());
        } else if (event instanceof PostbackReceived e) {
            return other(event, e.senderId(), e.recipientId());
        } else if (event instanceof MessageRead e) {
            return other(event, e.senderId(), e.recipientId());
        } else if (event instanceof ReferralReceived e) {
            return other(event, e.senderId(), e.recipientId());
        } else if (event instanceof OptinReceived e) {
            return other(event, e.senderId(), e.recipientId());
        } else if (event instanceof ThreadControlChanged e) {
            return other(event, e.senderId(), e.recipientId());
        } else if (event instanceof CommentReceived e) {
            return e.fromId();
        } else if (event instanceof MentionReceived e) {
            return e.fromId();
        }
        return null;
    }

    /** The party that is not the account: the sender of what came in, the recipient of an echo. */
    private static String other(InstagramEvent event, String senderId, String recipientId) {
        return event.accountId().equals(senderId) ? recipientId : senderId;
    }
}
