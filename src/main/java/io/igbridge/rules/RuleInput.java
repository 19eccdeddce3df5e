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
 */
public record RuleInput(InstagramEvent event, String accountId, String username, String firstName, Instant now) {

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
                firstName == null ? this.firstName : firstName, now);
    }
}
