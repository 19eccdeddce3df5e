package io.igbridge.events;

/**
 * The account was @mentioned ({@code changes[field=mentions]}, Facebook Login only): in a caption (only
 * {@code mediaId}) or in a comment ({@code commentId} too). Meta sends IDs only; fetch the text with
 * {@code mentioned_media} / {@code mentioned_comment}. The seed guide's shape also carries {@code mentionId}
 * and {@code fromId}.
 */
public record MentionReceived(EventHeader header, String mentionId, String mediaId, String commentId, String fromId)
        implements InstagramEvent {

    @Override
    public String type() {
        return "mention";
    }
}
