package io.igbridge.rules;

import java.util.Optional;

import io.igbridge.events.AttachmentType;
import io.igbridge.events.CommentReceived;
import io.igbridge.events.InstagramEvent;
import io.igbridge.events.MentionReceived;
import io.igbridge.events.MessageReceived;
import io.igbridge.events.PostbackReceived;
import io.igbridge.events.ReactionAdded;

/**
 * The parts of an event rules look at, the same for every kind of event: the one place that knows where each
 * lives in the typed events. Every field but {@code trigger} may be null.
 *
 * @param userId  the customer: a DM's, reaction's or postback's sender, a comment's or mention's author
 * @param text    what keywords are matched against: a DM's or comment's text, a postback's title, a reaction's name
 * @param mediaId the commented or mentioned media, or the story a story reply answers
 * @param adId    the ad of a comment on an ad, or of a DM that came from a Click-to-Direct ad
 * @param payload a postback's or quick reply's payload
 */
record EventView(Trigger trigger, String userId, String text, String commentId, String parentId, String mediaId,
                 String mediaProductType, String adId, String payload) {

    /** The view of an event rules can answer; empty for the others (reads, edits, echoes, …). */
    static Optional<EventView> of(InstagramEvent event) {
        if (event instanceof MessageReceived message) {
            return Optional.of(message(message));
        }
        if (event instanceof CommentReceived comment) {
            return Optional.of(new EventView(comment.live() ? Trigger.LIVE_COMMENT : Trigger.COMMENT, comment.fromId(),
                    comment.text(), comment.commentId(), comment.parentId(), comment.mediaId(),
                    comment.mediaProductType(), comment.adId(), null));
        }
        if (event instanceof MentionReceived mention) {
            return Optional.of(new EventView(Trigger.MENTION, mention.fromId(), null, mention.commentId(), null,
                    mention.mediaId(), null, null, null));
        }
        if (event instanceof ReactionAdded reaction) {
            return Optional.of(new EventView(Trigger.REACTION, reaction.senderId(), reaction.reaction(), null, null,
                    null, null, null, null));
        }
        if (event instanceof PostbackReceived postback) {
            return Optional.of(new EventView(Trigger.POSTBACK, postback.senderId(), postback.title(), null, null,
                    null, null, null, postback.payload()));
        }
        return Optional.empty();
    }

    private static EventView message(MessageReceived message) {
        boolean storyReply = message.replyTo() != null && message.replyTo().isStoryReply();
        Trigger trigger;
        if (message.attachments().stream().anyMatch(attachment -> attachment.type() == AttachmentType.STORY_MENTION)) {
            trigger = Trigger.STORY_MENTION;
        } else if (storyReply) {
            trigger = Trigger.STORY_REPLY;
        } else if (message.quickReplyPayload() != null) {
            trigger = Trigger.QUICK_REPLY;
        } else {
            trigger = Trigger.DM;
        }
        String adId = message.referral() == null ? null : message.referral().adId();
        return new EventView(trigger, message.senderId(), message.text(), null, null,
                storyReply ? message.replyTo().storyId() : null, null, adId, message.quickReplyPayload());
    }
}
