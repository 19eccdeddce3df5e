package io.igbridge.support;

/** Builders for realistic delivery bodies (Instagram Login shapes, meta-platform.md §4), for variations of fixtures. */
public final class Deliveries {

    public static final String ACCOUNT = "17841400000000001";

    private Deliveries() {
    }

    /** A delivery holding one incoming DM from customer 990001. */
    public static String dm(String mid, String text) {
        return """
                {"object":"instagram","entry":[{"id":"%s","time":1700000000123,"messaging":[{"sender":{"id":"990001"},\
                "recipient":{"id":"%s"},"timestamp":1700000000000,"message":{"mid":"%s","text":"%s"}}]}]}"""
                .formatted(ACCOUNT, ACCOUNT, mid, text);
    }

    /** A delivery holding one DM from {@code sender}, sent now (inside the messaging window). */
    public static String dmNow(String sender, String mid, String text) {
        long now = java.time.Instant.now().toEpochMilli();
        return """
                {"object":"instagram","entry":[{"id":"%s","time":%d,"messaging":[{"sender":{"id":"%s"},\
                "recipient":{"id":"%s"},"timestamp":%d,"message":{"mid":"%s","text":"%s"}}]}]}"""
                .formatted(ACCOUNT, now, sender, ACCOUNT, now, mid, text);
    }

    /** An echo of a message the account sent to {@code recipient} (through us, or typed in the Instagram app). */
    public static String echo(String recipient, String mid, String text) {
        long now = java.time.Instant.now().toEpochMilli();
        return """
                {"object":"instagram","entry":[{"id":"%s","time":%d,"messaging":[{"sender":{"id":"%s"},\
                "recipient":{"id":"%s"},"timestamp":%d,"message":{"mid":"%s","text":"%s","is_echo":true}}]}]}"""
                .formatted(ACCOUNT, now, ACCOUNT, recipient, now, mid, text);
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
