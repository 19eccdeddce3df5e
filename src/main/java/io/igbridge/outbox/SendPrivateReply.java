package io.igbridge.outbox;

/** Reply to a comment with a DM to its author ({@code recipient.comment_id}): one per comment, within 7 days. */
public record SendPrivateReply(String accountId, String commentId, String text) implements Action {

    @Override
    public String type() {
        return "private_reply";
    }
}
