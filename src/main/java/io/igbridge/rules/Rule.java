package io.igbridge.rules;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * One compiled rule.
 *
 * @param line       where the rule starts in its file
 * @param conditions cheapest first
 * @param cooldown   null when the rule has none
 */
record Rule(String name, int line, Set<Trigger> triggers, int priority, boolean stop, Duration cooldown,
            List<Condition> conditions, List<ActionSpec> actions) {

    Rule {
        triggers = Set.copyOf(triggers);
        conditions = List.copyOf(conditions);
        actions = List.copyOf(actions);
    }

    /**
     * Whether moderation keeps the rule away from negative, abusive and spam comments: it answers the customer (a
     * public or private reply, a DM) and does not ask what moderation found. A rule that only hides, notifies or
     * tags is never kept away.
     */
    boolean keptFromUnwelcomeComments() {
        return conditions.stream().noneMatch(Condition.Moderated.class::isInstance)
                && actions.stream().anyMatch(action -> action.kind() == ActionKind.REPLY_COMMENT
                        || action.kind() == ActionKind.PRIVATE_REPLY || action.kind() == ActionKind.REPLY_DM
                        || action.kind() == ActionKind.ASK_CONTACT);
    }

    /** Whether the rule DMs the contact (silent while the team has the conversation). */
    boolean messagesTheContact() {
        return actions.stream().anyMatch(action -> action.kind() == ActionKind.REPLY_DM);
    }

    boolean matches(RuleContext context) {
        for (Condition condition : conditions) {
            if (!condition.test(context)) {
                return false;
            }
        }
        return true;
    }
}
