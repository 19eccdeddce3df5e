package io.igbridge.rules;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

import io.igbridge.events.CommentReceived;
import io.igbridge.events.InstagramEvent;

/**
 * What the rules decide on: the event, and facts around it.
 *
 * @param accountId the Instagram account the event is for (by default the event's {@code entry.id})
 * @param username  the customer's username, when known ({@code {username}} in replies); may be null
 * @param firstName the customer's first name from their profile, when known ({@code {first_name}}); may be null
 * @param now       the time of the decision (cooldowns, business hours), from the caller's injected {@link Clock}
 * @param withHumans the team has the contact's conversation: no rule DMs them
 */
public record RuleInput(InstagramEvent event, String accountId, String username, String firstName, Instant now,
                        boolean withHumans) {

    public RuleInput(InstagramEvent event, String accountId, String username, String firstName, Instant now) {
        this(event, accountId, username, firstName, now, false);
    }

    public RuleInput {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(now, "now");
        accountId = accountId == null ? event.accountId() : accountId;
    }

    /** The event alone, decided now: the username is the comment's {@code from.username} when there is one. */
    public static RuleInput of(InstagramEvent event, Clock clock) {
        String username = event instanceof CommentReceived comment ? comment.fromUsername() : null;
        return new RuleInput(event, event.accountId(), username, null, clock.instant());
    }

    /** The same input with what a profile lookup found; a null keeps what was known. */
    public RuleInput withProfile(String username, String firstName) {
        return new RuleInput(event, accountId, username == null ? this.username : username,
                firstName == null ? this.firstName : firstName, now, withHumans);
    }

    /**
     * The same input for a contact whose conversation the team has (waiting for or assigned to an agent): rules that
     * would DM the contact are skipped, without taking their cooldown; the others (tags, notifications) still run.
     */
    public RuleInput withHumans(boolean withHumans) {
        return new RuleInput(event, accountId, username, firstName, now, withHumans);
    }
}
