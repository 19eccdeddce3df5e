package io.igbridge.inbox;

/** Who answers a conversation. */
public enum ConversationStatus {
    /** the rules answer */
    BOT,
    /** handed to the team, nobody has taken it yet; the bot is silent */
    WAITING,
    /** an agent has it; the bot is silent */
    ASSIGNED,
    /** done; the contact's next message opens it again, with the bot, in the same history */
    CLOSED;

    /** Whether the bot must stay silent. */
    public boolean withHumans() {
        return this == WAITING || this == ASSIGNED;
    }
}
