package io.igbridge.rules;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What kind of event a rule answers. Each event has exactly one trigger (a story reply is {@code story_reply},
 * not also {@code dm}); a rule lists several to answer several kinds, and {@code any} in a file means all of them.
 */
enum Trigger {
    /** a DM that is none of the kinds below */
    DM,
    COMMENT,
    LIVE_COMMENT,
    /** an @mention in a caption or comment (Facebook Login) */
    MENTION,
    /** a DM carrying a {@code story_mention} attachment: the customer mentioned the account in their story */
    STORY_MENTION,
    /** a DM replying to one of the account's stories */
    STORY_REPLY,
    /** a reaction (e.g. ❤️) to a message */
    REACTION,
    /** a postback: an ice-breaker or button tap */
    POSTBACK,
    /** a DM sent by tapping one of the account's quick replies */
    QUICK_REPLY;

    /** The triggers a DM can answer: those of a conversation (a comment's author gets a private reply instead). */
    static Set<Trigger> directMessages() {
        return EnumSet.of(DM, STORY_MENTION, STORY_REPLY, QUICK_REPLY, POSTBACK, REACTION);
    }

    /** The name in rule files: {@code dm}, {@code live_comment}, … */
    String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
