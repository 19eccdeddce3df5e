package io.igbridge.events;

/** {@code reaction.action = react}: e.g. {@code reaction} "love" with {@code emoji} "❤️". */
public record ReactionAdded(EventHeader header, String senderId, String recipientId, String mid, String reaction,
                            String emoji) implements InstagramEvent {

    @Override
    public String type() {
        return "reaction";
    }
}
