package io.igbridge.outbox;

/**
 * Reply publicly under a comment. Meta only takes replies to top-level comments, so a reply to a reply goes to
 * its parent: {@code parentId} when the comment has one.
 */
public record ReplyToComment(String accountId, String commentId, String parentId, String text) implements Action {

    /** The comment the reply is posted under. */
    public String topLevelCommentId() {
        return parentId == null || parentId.isBlank() ? commentId : parentId;
    }

    @Override
    public String type() {
        return "reply_comment";
    }
}
