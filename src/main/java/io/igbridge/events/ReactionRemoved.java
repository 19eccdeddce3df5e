package io.igbridge.events;

/** {@code reaction.action = unreact}; Meta omits which reaction was removed. */
public record ReactionRemoved(EventHeader header, String senderId, String recipientId, String mid)
        implements InstagramEvent {

    @Override
    public String type() {
        return "reaction_removed";
    }
}
