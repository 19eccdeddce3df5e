package io.igbridge.outbox;

/** Comment on a media (or under a comment) where the account was @mentioned (Facebook Login only). */
public record ReplyToMention(String accountId, String mediaId, String commentId, String text) implements Action {

    @Override
    public String type() {
        return "reply_mention";
    }
}
