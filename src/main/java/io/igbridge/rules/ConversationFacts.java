package io.igbridge.rules;

import io.igbridge.events.InstagramEvent;

/** What the rules need to know about a conversation's past; answered from stored events. */
public interface ConversationFacts {

    /**
     * Whether {@code event} is the first message {@code userId} has sent {@code accountId}: no earlier message of
     * theirs is known. The event itself may already be stored when this is asked; it does not count as earlier.
     */
    boolean isFirstMessage(String accountId, String userId, InstagramEvent event);
}
