package io.igbridge.support;

/** Builders for realistic delivery bodies (Instagram Login shapes, meta-platform.md §4), for variations of fixtures. */
public final class Deliveries {

    public static final String ACCOUNT = "17841400000000001";
    public static final String MEDIA = "17900000000000777";

    private Deliveries() {
    }

    /** One DM from {@code sender}, sent at {@code at}, as a delivery of its own: the same bytes each time it is sent. */
    public record Dm(String sender, String mid, String text, java.time.Instant at) {

        public String body() {
            return dmAt(sender, mid, text, at);
        }
    }

    /** A delivery holding one incoming DM from customer 990001. */
    public static String dm(String mid, String text) {
        return """
                {"object":"instagram","entry":[{"id":"%s","time":1700000000123,"messaging":[{"sender":{"id":"990001"},\
                "recipient":{"id":"%s"},"timestamp":1700000000000,"message":{"mid":"%s","text":"%s"}}]}]}"""
                .formatted(ACCOUNT, ACCOUNT, mid, text);
    }

    /** A delivery holding one comment, made now on the feed post {@code MEDIA}. */
    public static String commentNow(String from, String username, String commentId, String text) {
        return commentNow(ACCOUNT, from, username, commentId, text);
    }

    /** A delivery holding one comment, made now on the feed post {@code MEDIA} of the Instagram account {@code account}. */
    public static String commentNow(String account, String from, String username, String commentId, String text) {
        return """
                {"object":"instagram","entry":[{"id":"%s","time":%d,"changes":[{"field":"comments","value":{\
                "from":{"id":"%s","username":"%s"},"id":"%s","text":"%s","media":{"id":"%s",\
                "media_product_type":"FEED"}}}]}]}""".formatted(account, java.time.Instant.now().getEpochSecond(), from,
                username, commentId, text, MEDIA);
    }

    /** A delivery saying the account was @mentioned now in comment {@code commentId} under {@code mediaId}. */
    public static String mentionNow(String mediaId, String commentId) {
        return """
                {"object":"instagram","entry":[{"id":"%s","time":%d,"changes":[{"field":"mentions","value":{\
                "comment_id":"%s","media_id":"%s"}}]}]}""".formatted(ACCOUNT, java.time.Instant.now().getEpochSecond(),
                commentId, mediaId);
    }

    /** A delivery holding one DM from {@code sender}, sent now (inside the messaging window). */
    public static String dmNow(String sender, String mid, String text) {
        return dmAt(sender, mid, text, java.time.Instant.now());
    }

    /** A delivery holding one DM from {@code sender}, sent at {@code at}. */
    public static String dmAt(String sender, String mid, String text, java.time.Instant at) {
        return dmAt(ACCOUNT, sender, mid, text, at);
    }

    /** A delivery holding one DM from {@code sender} to the Instagram account {@code account}, sent now. */
    public static String dmNow(String account, String sender, String mid, String text) {
        return dmAt(account, sender, mid, text, java.time.Instant.now());
    }

    private static String dmAt(String account, String sender, String mid, String text, java.time.Instant at) {
        long now = at.toEpochMilli();
        return """
                {"object":"instagram","entry":[{"id":"%s","time":%d,"messaging":[{"sender":{"id":"%s"},\
                "recipient":{"id":"%s"},"timestamp":%d,"message":{"mid":"%s","text":"%s"}}]}]}"""
                .formatted(account, now, sender, account, now, mid, text);
    }

    /** An echo of a message the account sent to {@code recipient} (through us, or typed in the Instagram app). */
    public static String echo(String recipient, String mid, String text) {
        long now = java.time.Instant.now().toEpochMilli();
        return """
                {"object":"instagram","entry":[{"id":"%s","time":%d,"messaging":[{"sender":{"id":"%s"},\
                "recipient":{"id":"%s"},"timestamp":%d,"message":{"mid":"%s","text":"%s","is_echo":true}}]}]}"""
                .formatted(ACCOUNT, now, ACCOUNT, recipient, now, mid, text);
    }

    /** The contact deleted (unsent) their message {@code mid}. */
    public static String deleted(String sender, String mid) {
        long now = java.time.Instant.now().toEpochMilli();
        return """
                {"object":"instagram","entry":[{"id":"%s","time":%d,"messaging":[{"sender":{"id":"%s"},\
                "recipient":{"id":"%s"},"timestamp":%d,"message":{"mid":"%s","is_deleted":true}}]}]}"""
                .formatted(ACCOUNT, now, sender, ACCOUNT, now, mid);
    }

    /**
     * A delivery holding the DM {@code sender} sent now by tapping a quick reply: its title (for a contact quick
     * reply, the e-mail address or phone number) as text, and its payload (meta-platform.md §5.1).
     */
    public static String quickReplyNow(String sender, String mid, String text, String payload) {
        long now = java.time.Instant.now().toEpochMilli();
        return """
                {"object":"instagram","entry":[{"id":"%s","time":%d,"messaging":[{"sender":{"id":"%s"},\
                "recipient":{"id":"%s"},"timestamp":%d,"message":{"mid":"%s","text":"%s",\
                "quick_reply":{"payload":"%s"}}}]}]}"""
                .formatted(ACCOUNT, now, sender, ACCOUNT, now, mid, text, payload);
    }
}
