package io.igbridge.rules;

import java.time.Clock;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;

import io.igbridge.events.CommentReceived;
import io.igbridge.inbox.Conversations;
import io.igbridge.inbox.Escalations;
import io.igbridge.events.InstagramEvent;
import io.igbridge.events.MessageReceived;
import io.igbridge.outbox.Action;
import io.igbridge.outbox.FirstNames;
import io.igbridge.outbox.OutboxWriter;
import io.igbridge.outbox.SendPrivateReply;
import io.igbridge.processing.InstagramEventHandler;
import io.igbridge.processing.StoredEvent;
import io.igbridge.support.Text;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Step ④ for auto-replies: asks the rules (then any {@link BusinessLogic} beans) what to do with a new event and
 * writes each decision to the outbox in the event's own transaction. Idempotency keys name the event and the rule,
 * so a reprocessed event decides nothing twice; a private reply is keyed by its comment: one per comment, ever.
 */
@Component
@Order(10)
class AutoReplyHandler implements InstagramEventHandler {

    static final Duration PRIVATE_REPLY_WINDOW = Duration.ofDays(7);

    private final AutoReplyRules rules;
    private final List<BusinessLogic> businessLogic;
    private final OutboxWriter outbox;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Conversations conversations;
    private final Escalations escalations;
    private final MetaReplyPolicy metaPolicy = new MetaReplyPolicy();

    AutoReplyHandler(AutoReplyRules rules, List<BusinessLogic> businessLogic, OutboxWriter outbox, JdbcTemplate jdbc,
            Clock clock, Conversations conversations, Escalations escalations) {
        this.conversations = conversations;
        this.escalations = escalations;
        this.jdbc = jdbc;
        this.rules = rules;
        this.businessLogic = List.copyOf(businessLogic);
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void on(StoredEvent stored) {
        InstagramEvent event = stored.event();
        // the team has this conversation: the bot says nothing to the contact (it still tags and notifies); a
        // comment is not part of the DM thread, so it is answered as usual
        boolean withHumans = EventView.of(event).filter(view -> Trigger.directMessages().contains(view.trigger()))
                .map(view -> view.userId() != null && conversations.withHumans(event.accountId(), view.userId()))
                .orElse(false);
        // {first_name} is filled in when the reply is sent (the outbox may look the profile up; a handler may not)
        List<RuleDecision> decisions = rules.decide(RuleInput.of(event, clock).withProfile(null, FirstNames.PLACEHOLDER)
                .withHumans(withHumans));
        for (int i = 0; i < decisions.size(); i++) {
            RuleDecision decision = decisions.get(i);
            if (decision.isTag()) {
                tag(event, decision);
            } else if (decision.isEscalation()) {
                contact(event).ifPresent(user -> escalations.escalate(event.accountId(), user, decision.escalation(),
                        clock.instant()));
            } else {
                enqueue(stored, "rule:" + decision.ruleName() + ":" + i, decision.action());
            }
        }
        if (withHumans) {
            return;
        }
        if (businessLogic.isEmpty() || metaPolicy.refusal(event, event.accountId()).isPresent()) {
            return;
        }
        for (BusinessLogic logic : businessLogic) {
            List<Action> actions = decide(logic, event);
            for (int i = 0; i < actions.size(); i++) {
                enqueue(stored, "custom:" + logic.getClass().getName() + ":" + i, actions.get(i));
            }
        }
    }

    private static java.util.Optional<String> contact(InstagramEvent event) {
        return EventView.of(event).map(EventView::userId);
    }

    private void tag(InstagramEvent event, RuleDecision decision) {
        EventView.of(event).map(EventView::userId).ifPresent(user -> jdbc.update("insert into contact_tag"
                + " (account_id, user_id, tag, rule_name, tagged_at) values (?, ?, ?, ?, ?) on conflict do nothing",
                event.accountId(), user, Text.limit(decision.tag(), 100), Text.limit(decision.ruleName(), 200),
                Timestamp.from(clock.instant())));
    }

    private static List<Action> decide(BusinessLogic logic, InstagramEvent event) {
        if (event instanceof MessageReceived message) {
            return logic.onDirectMessage(message);
        }
        if (event instanceof CommentReceived comment) {
            return logic.onComment(comment);
        }
        return logic.onOtherEvent(event);
    }

    private void enqueue(StoredEvent stored, String decidedBy, Action action) {
        boolean tooOld = !stored.test() && stored.event().occurredAt().isBefore(clock.instant().minus(PRIVATE_REPLY_WINDOW));
        if (action instanceof SendPrivateReply && tooOld) {
            return; // Meta takes a private reply only within 7 days of the comment (meta-platform.md §6.1)
        }
        String key = action instanceof SendPrivateReply reply
                ? "private_reply:" + reply.accountId() + ":" + reply.commentId()
                : "event:" + stored.eventId() + ":" + decidedBy;
        outbox.enqueue(key, action, stored.eventId());
    }
}
