package io.igbridge.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.igbridge.config.IgbridgeProperties;
import io.igbridge.graphapi.ContactQuickReply;
import io.igbridge.graphapi.ConfiguredAccount;
import io.igbridge.graphapi.GraphAccount;
import io.igbridge.graphapi.GraphApiClient;
import io.igbridge.graphapi.GraphApiException;
import io.igbridge.graphapi.GraphFailure;
import io.igbridge.graphapi.GraphResult;
import io.igbridge.graphapi.MessageParts;
import io.igbridge.graphapi.MessageTag;
import io.igbridge.inbox.MessagingWindows;
import org.springframework.stereotype.Component;

/**
 * Carries out the actions that call Meta, through the one Graph API client, and turns its failures into outcomes.
 * Checks Meta's rules once more at send time, since an action can wait in the outbox: a bot DM only inside the
 * 24-hour window, a human agent's up to 7 days with the HUMAN_AGENT tag; no public reply under a comment we hid.
 */
@Component
class GraphActionExecutor implements ActionExecutor {

    private final GraphApiClient graph;
    private final ConfiguredAccount accounts;
    private final MessagingWindows windows;
    private final OutboxQueue queue;
    private final SendLimiter limiter;
    private final FirstNames firstNames;
    private final Duration lease;
    private final Clock clock;

    GraphActionExecutor(GraphApiClient graph, ConfiguredAccount accounts, IgbridgeProperties properties,
            MessagingWindows windows, OutboxQueue queue, SendLimiter limiter, FirstNames firstNames, Clock clock) {
        this.firstNames = firstNames;
        this.graph = graph;
        this.accounts = accounts;
        this.windows = windows;
        this.queue = queue;
        this.limiter = limiter;
        this.lease = properties.outbox().lease();
        this.clock = clock;
    }

    @Override
    public boolean handles(Action action) {
        return !(action instanceof Notify);
    }

    @Override
    public Outcome execute(PendingAction pending) {
        Optional<GraphAccount> routed = accounts.route(pending.accountId());
        if (routed.isEmpty()) {
            return new Outcome.NotAnswered(accounts.whyNotAnswered(pending.accountId()));
        }
        Duration wait = limiter.waitFor(pending.action());
        if (!wait.isZero()) {
            return new Outcome.OverLocalLimit(wait);
        }
        GraphAccount account = routed.get();
        try {
            return call(account, pending);
        } catch (GraphApiException failure) {
            if (failure.kind() == GraphFailure.Kind.REAUTHORIZE && !accounts.stillInForce(account)) {
                // a new token came into force during the call (given by hand, or refreshed): try with it, don't pause
                return new Outcome.Transient("the token changed during the call: " + failure.getMessage());
            }
            return outcomeOf(failure);
        } catch (IllegalArgumentException | IllegalStateException invalid) {
            return new Outcome.Permanent(invalid.getMessage());
        }
    }

    private Outcome call(GraphAccount account, PendingAction pending) {
        Action action = pending.action();
        if (action instanceof SendDirectMessage dm) {
            return sendDirectMessage(account, pending, dm, List.of());
        }
        if (action instanceof AskForContact ask) {
            return sendDirectMessage(account, pending, new SendDirectMessage(ask.accountId(), ask.recipientId(),
                    ask.text(), false), ask.fields().stream().map(ContactField::quickReply).toList());
        }
        if (action instanceof SendPrivateReply reply) {
            return done(pending, graph.sendPrivateReply(account, reply.commentId(),
                    FirstNames.withFirstName(reply.text(), null)));
        }
        if (action instanceof ReplyToComment reply) {
            if (queue.commentWasHidden(reply.accountId(), reply.topLevelCommentId())) {
                return new Outcome.Permanent("Meta takes no reply under a hidden comment");
            }
            return done(pending, graph.replyToComment(account, reply.topLevelCommentId(),
                    FirstNames.withFirstName(reply.text(), null)));
        }
        if (action instanceof HideComment hide) {
            return done(pending, graph.hideComment(account, hide.commentId(), hide.hide()));
        }
        if (action instanceof ReplyToMention mention) {
            return done(pending, graph.replyToMention(account, mention.mediaId(), mention.commentId(), mention.text()));
        }
        return new Outcome.Permanent("no Graph API call for " + action.type());
    }

    /**
     * A long text goes out as ordered parts; each delivered part is recorded at once, so a retry resumes after it.
     * Quick replies, if any, go with the last part.
     */
    private Outcome sendDirectMessage(GraphAccount account, PendingAction pending, SendDirectMessage dm,
            List<ContactQuickReply> quickReplies) {
        Instant now = clock.instant();
        MessageTag tag = MessageTag.NONE;
        if (!windows.isOpen(dm.accountId(), dm.recipientId(), MessagingWindows.STANDARD, now)) {
            if (!dm.humanAgent() || !windows.isOpen(dm.accountId(), dm.recipientId(), MessagingWindows.HUMAN_AGENT, now)) {
                return new Outcome.Permanent("outside Meta's messaging window (24 hours after the person's last"
                        + " message" + (dm.humanAgent() ? "; 7 days for a human agent" : "") + ")");
            }
            tag = MessageTag.HUMAN_AGENT;
        }
        String text = firstNames.fill(dm.text(), dm.accountId(), dm.recipientId());
        List<String> parts = MessageParts.split(text, MessageParts.MAX_BYTES);
        for (int part = pending.partsDone(); part < parts.size(); part++) {
            if (part > pending.partsDone() && !queue.renewLease(pending, clock.instant().plus(lease))) {
                return new Outcome.Transient("another node took this action over");
            }
            GraphResult sent = part == parts.size() - 1 && !quickReplies.isEmpty()
                    ? graph.askForContact(account, dm.recipientId(), parts.get(part), quickReplies)
                    : graph.sendText(account, dm.recipientId(), parts.get(part), tag);
            throttleIfMetaSaysSo(pending, sent);
            if (part == parts.size() - 1) {
                // the last part's id is recorded with the action's end, in one update
                return new Outcome.Done(List.of(nullToEmpty(sent.id())));
            }
            if (!queue.recordProgress(pending, part + 1, List.of(nullToEmpty(sent.id())))) {
                return new Outcome.Transient("another node took this action over");
            }
        }
        return new Outcome.Done(List.of());
    }

    private Outcome done(PendingAction pending, GraphResult result) {
        throttleIfMetaSaysSo(pending, result);
        return new Outcome.Done(result.id() == null ? List.of() : List.of(result.id()));
    }

    /** Usage headers at 100 % (or a time to regain access): hold the account's next sends, before Meta refuses. */
    private void throttleIfMetaSaysSo(PendingAction pending, GraphResult result) {
        if (result.usage().throttled()) {
            Duration wait = result.usage().regainAccess().isZero() ? Duration.ofMinutes(1) : result.usage().regainAccess();
            queue.throttleAccount(pending.accountId(), clock.instant().plus(wait));
        }
    }

    private static Outcome outcomeOf(GraphApiException failure) {
        String error = failure.getMessage();
        return switch (failure.kind()) {
            case TRANSIENT -> failure.retryAfter() == null ? new Outcome.Transient(error)
                    : new Outcome.RateLimited(failure.retryAfter(), error);
            case RATE_LIMITED -> new Outcome.RateLimited(failure.retryAfter(), error);
            case REAUTHORIZE -> new Outcome.Reauthorize(error);
            case PERMANENT -> new Outcome.Permanent(error);
        };
    }

    private static String nullToEmpty(String id) {
        return id == null ? "" : id;
    }
}
