package io.igbridge.outbox;

/**
 * A request to the outside world, decided by a handler (a rule, moderation, an agent) and carried out later by
 * the outbox dispatcher. Imperative records; each knows the account it is for.
 */
public sealed interface Action permits SendDirectMessage, AskForContact, SendPrivateReply, ReplyToComment,
        HideComment, ReplyToMention, Notify {

    /** The Instagram account ({@code entry.id}) the action is for; empty for notifications. */
    String accountId();

    /** A short stable name of the action type, stored on the outbox row (e.g. {@code send_dm}). */
    String type();

    /** The person a direct message goes to (their IGSID), so their conversation lists it; null for other actions. */
    default String recipientId() {
        return null;
    }
}
