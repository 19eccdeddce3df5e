package io.igbridge.events;

import java.util.Locale;

/**
 * The attachment {@code type} values Meta documents for Instagram DMs, plus {@link #UNKNOWN} for anything
 * else (the string as received stays in {@link Attachment#rawType()}).
 * See <a href="https://developers.facebook.com/docs/instagram-platform/webhooks/examples">IG webhook examples</a>.
 */
public enum AttachmentType {
    MEDIA, AUDIO, FILE, IMAGE, VIDEO,
    /** a shared post; legacy, removed 2026-02-01 in favour of {@link #IG_POST} */
    SHARE,
    IG_POST,
    /** someone mentioned the account in their story; the URL stops working when the story expires */
    STORY_MENTION,
    IG_REEL, REEL, STORY, IG_STORY,
    /** disappearing media: arrives without a URL */
    EPHEMERAL,
    TEMPLATE, FALLBACK, LOCATION,
    UNKNOWN;

    static AttachmentType fromWire(String raw) {
        if (raw == null) {
            return UNKNOWN;
        }
        try {
            return valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException notOneOfOurs) {
            return UNKNOWN;
        }
    }
}
