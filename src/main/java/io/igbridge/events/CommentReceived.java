package io.igbridge.events;

/**
 * A comment ({@code changes[field=comments]}) or live comment ({@code field=live_comments}) on the
 * account's media. The account's own public replies arrive here too: {@code fromId} is then the account id,
 * or {@code selfIgScopedId} is set.
 *
 * @param parentId       the top-level comment this one replies to; null for a top-level comment
 * @param selfIgScopedId {@code from.self_ig_scoped_id}, set when the account commented on its own media
 * @param adId           {@code media.ad_id}, set (with {@code adTitle}, {@code originalMediaId}) on ads and
 *                       boosted posts
 * @param live           whether it came as {@code live_comments}
 */
public record CommentReceived(EventHeader header, String commentId, String parentId, String text, String fromId,
                              String fromUsername, String selfIgScopedId, String mediaId, String mediaProductType,
                              String adId, String adTitle, String originalMediaId, boolean live)
        implements InstagramEvent {

    @Override
    public String type() {
        return "comment";
    }
}
