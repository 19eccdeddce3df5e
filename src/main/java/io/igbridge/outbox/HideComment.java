package io.igbridge.outbox;

/** Hide (or, with {@code hide = false}, unhide) a comment. */
public record HideComment(String accountId, String commentId, boolean hide) implements Action {

    @Override
    public String type() {
        return hide ? "hide_comment" : "unhide_comment";
    }
}
