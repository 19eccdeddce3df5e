package io.igbridge.cli;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.random.RandomGenerator;

/**
 * A delivery as Meta sends it (meta-platform.md §4, the shapes of the fixtures under
 * {@code src/test/resources/meta/}):
 * fresh ids, the current time, and JSON written the way Meta writes it, compact, with non-ASCII characters and
 * {@code /} escaped (é as backslash-u-00e9, / as backslash-slash, §2): the signature covers those exact bytes.
 */
final class MetaDelivery {

    private static final String CDN = "https://lookaside.fbsbx.com/ig_messaging_cdn/?asset_id=%s&signature=%s";

    private final String account;
    private final String sender;
    private final Instant now;
    private final RandomGenerator random;

    /**
     * @param account the Instagram account the delivery is for ({@code entry.id}, the recipient)
     * @param sender  the customer's Instagram-scoped id (IGSID)
     */
    MetaDelivery(String account, String sender, Instant now, RandomGenerator random) {
        this.account = account;
        this.sender = sender;
        this.now = now;
        this.random = random;
    }

    /** A fresh IGSID: 16 digits, as Meta's. */
    static String newSender(RandomGenerator random) {
        return digits(random, "2", 16);
    }

    String body(TestDeliveryKind kind, String text) {
        return switch (kind) {
            case DM -> messaging("\"message\":{\"mid\":" + string(mid()) + ",\"text\":" + string(text) + "}");
            case STORY_MENTION -> messaging("\"message\":{\"mid\":" + string(mid()) + ",\"attachments\":[{\"type\":"
                    + "\"story_mention\",\"payload\":{\"url\":" + string(cdnUrl()) + "}}]}");
            case REACTION -> messaging("\"reaction\":{\"mid\":" + string(mid()) + ",\"action\":\"react\","
                    + "\"reaction\":\"love\",\"emoji\":" + string("\u2764\ufe0f") + "}");
            case COMMENT -> change("comments", "{\"from\":{\"id\":" + string(sender) + ",\"username\":"
                    + string("igbridge.send_test") + "},\"id\":" + string(digits(random, "178", 17)) + ",\"text\":"
                    + string(text) + ",\"media\":{\"id\":" + string(media()) + ",\"media_product_type\":\"FEED\"}}");
            case MENTION -> change("mentions", "{\"comment_id\":" + string(digits(random, "178", 17))
                    + ",\"media_id\":" + string(media()) + "}");
        };
    }

    /** {@code entry[].messaging[]}: times in milliseconds. */
    private String messaging(String event) {
        long millis = now.toEpochMilli();
        return "{\"object\":\"instagram\",\"entry\":[{\"id\":" + string(account) + ",\"time\":" + millis
                + ",\"messaging\":[{\"sender\":{\"id\":" + string(sender) + "},\"recipient\":{\"id\":"
                + string(account) + "},\"timestamp\":" + millis + "," + event + "}]}]}";
    }

    /** {@code entry[].changes[]}: the entry's time in seconds. */
    private String change(String field, String value) {
        return "{\"object\":\"instagram\",\"entry\":[{\"id\":" + string(account) + ",\"time\":" + now.getEpochSecond()
                + ",\"changes\":[{\"field\":" + string(field) + ",\"value\":" + value + "}]}]}";
    }

    /** Meta's message ids are base64 of {@code ig_item:1:IGMessageID:<account>:<thread>:<message>}. */
    private String mid() {
        String item = "ig_item:1:IGMessageID:" + account + ":" + sender + ":" + digits(random, "3", 18);
        return Base64.getEncoder().withoutPadding().encodeToString(item.getBytes(StandardCharsets.US_ASCII));
    }

    private String media() {
        return digits(random, "180", 17);
    }

    private String cdnUrl() {
        return CDN.formatted(digits(random, "178", 17), Long.toHexString(random.nextLong()));
    }

    private static String digits(RandomGenerator random, String prefix, int length) {
        StringBuilder id = new StringBuilder(prefix);
        while (id.length() < length) {
            id.append(random.nextInt(10));
        }
        return id.toString();
    }

    /** A JSON string as Meta writes one: non-ASCII characters as backslash-u escapes (lower-case hex), / escaped. */
    static String string(String value) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '/' -> json.append("\\/");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
