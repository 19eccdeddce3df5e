package io.igbridge.events;

import java.time.Instant;

/** One event parsed out of a Meta webhook delivery. */
public sealed interface InstagramEvent
        permits MessageReceived, MessageEchoed, MessageDeleted, MessageEdited, ReactionAdded, ReactionRemoved,
        PostbackReceived, MessageRead, ReferralReceived, OptinReceived, ThreadControlChanged, CommentReceived,
        MentionReceived, StoryInsightsReceived, FeedChanged, UnknownEvent {

    EventHeader header();

    /** A short stable name of the event type, stored with the event (e.g. {@code message}, {@code comment}). */
    String type();

    default String accountId() {
        return header().accountId();
    }

    default String dedupKey() {
        return header().dedupKey();
    }

    default Instant occurredAt() {
        return header().occurredAt();
    }
}
