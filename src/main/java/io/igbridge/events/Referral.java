package io.igbridge.events;

/**
 * Where a conversation came from: a Click-to-Direct ad, an {@code ig.me} link, or a Shops product.
 * Every field may be null.
 *
 * @param adTitle   {@code ads_context_data.ad_title}
 * @param photoUrl  {@code ads_context_data.photo_url}
 * @param videoUrl  {@code ads_context_data.video_url}
 * @param productId {@code product.id}
 */
public record Referral(String ref, String source, String type, String adId, String adTitle, String photoUrl,
                       String videoUrl, String productId) {
}
