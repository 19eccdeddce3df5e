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
}
