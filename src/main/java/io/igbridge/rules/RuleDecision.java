package io.igbridge.rules;

import java.util.Objects;

import io.igbridge.outbox.Action;

/**
 * What one rule decided for an event: an {@link Action} for the outbox, a tag to put on the conversation, or an
 * escalation of the conversation to the team inbox (with its reason). Exactly one of the three is set.
 */
public record RuleDecision(String ruleName, Action action, String tag, String escalation) {

    public RuleDecision {
        Objects.requireNonNull(ruleName, "ruleName");
        int set = (action == null ? 0 : 1) + (tag == null ? 0 : 1) + (escalation == null ? 0 : 1);
        if (set != 1) {
            throw new IllegalArgumentException("a decision is either an action, a tag or an escalation");
        }
    }

    public RuleDecision(String ruleName, Action action, String tag) {
        this(ruleName, action, tag, null);
    }

    public static RuleDecision of(String ruleName, Action action) {
        return new RuleDecision(ruleName, Objects.requireNonNull(action, "action"), null, null);
    }

    public static RuleDecision tagged(String ruleName, String tag) {
        return new RuleDecision(ruleName, null, Objects.requireNonNull(tag, "tag"), null);
    }

    public static RuleDecision escalation(String ruleName, String reason) {
        return new RuleDecision(ruleName, null, null, Objects.requireNonNull(reason, "reason"));
    }

    public boolean isEscalation() {
        return escalation != null;
    }

    public boolean isTag() {
        return tag != null;
    }
}
