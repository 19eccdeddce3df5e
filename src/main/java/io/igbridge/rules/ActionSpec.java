package io.igbridge.rules;

import java.util.List;
import java.util.Optional;

import io.igbridge.outbox.Action;
import io.igbridge.outbox.AskForContact;
import io.igbridge.outbox.ContactField;
import io.igbridge.outbox.HideComment;
import io.igbridge.outbox.Notify;
import io.igbridge.outbox.ReplyToComment;
import io.igbridge.outbox.ReplyToMention;
import io.igbridge.outbox.SendDirectMessage;
import io.igbridge.outbox.SendPrivateReply;

/**
 * One action of a rule as written in the file: its kind, its text (for replies and notifications), its argument
 * (the tag, or the notification group), and the contact details {@code ask_contact} asks for.
 */
record ActionSpec(ActionKind kind, LocalizedText text, String argument, List<ContactField> fields) {

    ActionSpec {
        fields = List.copyOf(fields);
    }

    ActionSpec(ActionKind kind, LocalizedText text, String argument) {
        this(kind, text, argument, List.of());
    }

    /** The decision for this event; empty when the event lacks what the action needs or the text renders empty. */
    Optional<RuleDecision> decide(String ruleName, RuleContext context) {
        if (kind == ActionKind.TAG) {
            return Optional.of(RuleDecision.tagged(ruleName, argument));
        }
        if (kind == ActionKind.ESCALATE) {
            return Optional.of(RuleDecision.escalation(ruleName, argument));
        }
        return action(context).map(action -> RuleDecision.of(ruleName, action));
    }

    private Optional<Action> action(RuleContext context) {
        EventView event = context.event();
        String account = context.accountId();
        if (kind == ActionKind.HIDE_COMMENT) {
            return Optional.ofNullable(event.commentId()).map(comment -> new HideComment(account, comment, true));
        }
        String rendered = text.render(context);
        if (rendered.isEmpty()) {
            return Optional.empty();
        }
        return switch (kind) {
            case REPLY_DM -> Optional.ofNullable(event.userId())
                    .map(user -> new SendDirectMessage(account, user, rendered, false));
            case ASK_CONTACT -> Optional.ofNullable(event.userId())
                    .map(user -> new AskForContact(account, user, rendered, fields));
            case PRIVATE_REPLY -> Optional.ofNullable(event.commentId())
                    .map(comment -> new SendPrivateReply(account, comment, rendered));
            case REPLY_COMMENT -> event.trigger() == Trigger.MENTION
                    ? Optional.ofNullable(event.mediaId())
                            .map(media -> new ReplyToMention(account, media, event.commentId(), rendered))
                    : Optional.ofNullable(event.commentId())
                            .map(comment -> new ReplyToComment(account, comment, event.parentId(), rendered));
            // Notify's account id stays empty: notifications are the team's, not an Instagram account's
            case NOTIFY -> Optional.of(new Notify("", argument, rendered));
            case HIDE_COMMENT, TAG, ESCALATE -> throw new IllegalStateException("handled above: " + kind);
        };
    }
}
