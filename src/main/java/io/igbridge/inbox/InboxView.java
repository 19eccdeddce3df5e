package io.igbridge.inbox;

import java.time.Instant;
import java.util.List;

/** What the team inbox shows: records only, filled by {@link InboxQueries}. */
public final class InboxView {

    private InboxView() {
    }

    public record Summary(long id, String accountId, String contact, String status, String assignedTo, int unread,
                          Instant lastMessageAt, String lastText, Instant waitingSince, String escalationReason) {
    }

    /**
     * A message of the conversation, in or out.
     *
     * @param origin      customer, bot, agent, or instagram_app (typed in the Instagram app, not by us)
     * @param status      for our sends: the outbox's (PENDING, DONE, FAILED, …); null for Meta's messages
     * @param attachments JSON links, never media
     */
    public record Message(String direction, String origin, String text, String attachments, String reaction,
                          boolean deleted, Instant readAt, Instant at, String agent, String status, String error) {
    }

    public record Note(String agent, String text, Instant at) {
    }

    /**
     * Meta's windows for this contact: a bot (and anyone) may write until {@code standardUntil}; a person with the
     * HUMAN_AGENT tag until {@code humanAgentUntil} when {@code humanAgentTag} is on.
     */
    public record Window(Instant lastInboundAt, Instant standardUntil, Instant humanAgentUntil, boolean humanAgentTag) {
    }

    public record Detail(Summary conversation, Window window, List<Message> messages, List<Note> notes) {
    }
}
