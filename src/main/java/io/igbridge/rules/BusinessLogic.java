package io.igbridge.rules;

import java.util.List;

import io.igbridge.events.CommentReceived;
import io.igbridge.events.InstagramEvent;
import io.igbridge.events.MessageReceived;
import io.igbridge.outbox.Action;

/**
 * Your own business logic in Java — the seed guide's {@code handle_incoming_instagram_dm} and
 * {@code handle_incoming_instagram_comment}. Implement it as a Spring bean: it is called for every new event
 * after the YAML rules, inside the event's transaction, and the actions it returns go through the same outbox
 * (idempotent, retried, rate-limited, window-checked). It must decide, not call the outside world. Events Meta
 * forbids answering (echoes, the account's own comments, deleted or unsupported messages, the dashboard's Test
 * payload) never reach it. See docs/extending.md.
 */
public interface BusinessLogic {

    /** A direct message from a person. */
    default List<Action> onDirectMessage(MessageReceived message) {
        return List.of();
    }

    /** A comment (or live comment) on the account's media. */
    default List<Action> onComment(CommentReceived comment) {
        return List.of();
    }

    /** Any other event (reactions, postbacks, mentions, …). */
    default List<Action> onOtherEvent(InstagramEvent event) {
        return List.of();
    }
}
