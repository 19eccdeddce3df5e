package io.igbridge.rules;

import java.util.Objects;

import io.igbridge.outbox.Action;

/**
 * What one rule decided for an event: an {@link Action} for the outbox, or a tag to put on the conversation.
 * Exactly one of {@code action} and {@code tag} is set.
 */
public record RuleDecision(String ruleName, Action action, String tag) {

    public RuleDecision {
        Objects.requireNonNull(ruleName, "ruleName");
        if ((action == null) == (tag == null)) {
            throw new IllegalArgumentException("a decision is either an action or a tag");
        }
    }

    public static RuleDecision of(String ruleName, Action action) {
        return new RuleDecision(ruleName, Objects.requireNonNull(action, "action"), null);
    }

    public static RuleDecision tagged(String ruleName, String tag) {
        return new RuleDecision(ruleName, null, Objects.requireNonNull(tag, "tag"));
    }

    public boolean isTag() {
        return tag != null;
    }
}
