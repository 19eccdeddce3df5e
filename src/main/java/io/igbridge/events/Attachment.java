package io.igbridge.events;

/**
 * One item of {@code message.attachments[]}. Every field but {@code type} may be null; an unknown type is
 * kept as {@link AttachmentType#UNKNOWN} with the received string in {@code rawType}.
 *
 * @param url           {@code payload.url}: a CDN URL (never download story media; store only the URL)
 * @param title         {@code payload.title}, e.g. a shared post's caption
 * @param igPostMediaId {@code payload.ig_post_media_id} of a shared post
 * @param reelVideoId   {@code payload.reel_video_id} of a shared reel
 */
public record Attachment(AttachmentType type, String rawType, String url, String title, String igPostMediaId,
                         String reelVideoId) {
}
