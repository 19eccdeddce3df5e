package io.igbridge.rules;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The actions a rule can take, each with the triggers it can answer. */
enum ActionKind {
    /** a DM to the customer ({@code SendDirectMessage}) */
    REPLY_DM(Trigger.directMessages(), true),
    /**
     * a DM to the customer with quick replies that send their e-mail address or phone number in one tap
     * ({@code AskForContact})
     */
    ASK_CONTACT(Trigger.directMessages(), true),
    /** a DM to a comment's author, tied to the comment ({@code SendPrivateReply}) */
    PRIVATE_REPLY(EnumSet.of(Trigger.COMMENT, Trigger.LIVE_COMMENT), true),
    /**
     * a public reply under the comment ({@code ReplyToComment}), or under the mention ({@code ReplyToMention}); not
     * on live comments, which Meta lets no one reply to or hide (meta-platform.md §5.2, §5.3)
     */
    REPLY_COMMENT(EnumSet.of(Trigger.COMMENT, Trigger.MENTION), true),
    HIDE_COMMENT(EnumSet.of(Trigger.COMMENT), false),
    /** a tag on the conversation, e.g. for statistics or for the inbox */
    TAG(EnumSet.allOf(Trigger.class), false),
    /** a message to the team ({@code Notify}) */
    NOTIFY(EnumSet.allOf(Trigger.class), true),
    /**
     * hand the conversation to the team inbox: it waits for an agent and the bot falls silent in it; an optional
     * reason ({@code - escalate: "asked for a person"})
     */
    ESCALATE(Trigger.directMessages(), false);

    private final Set<Trigger> triggers;
    private final boolean hasText;

    ActionKind(Set<Trigger> triggers, boolean hasText) {
        this.triggers = triggers;
        this.hasText = hasText;
    }

    String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    Set<Trigger> triggers() {
        return triggers;
    }

    boolean hasText() {
        return hasText;
    }
}
