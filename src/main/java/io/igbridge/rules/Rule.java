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

    /** Whether the rule asks what moderation found, which lets it answer negative, abusive or spam comments. */
    boolean asksModeration() {
        return conditions.stream().anyMatch(Condition.Moderated.class::isInstance);
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
