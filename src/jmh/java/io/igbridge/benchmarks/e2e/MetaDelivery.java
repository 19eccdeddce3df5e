package io.igbridge.benchmarks.e2e;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One delivery of one Instagram DM, as Meta sends it with Instagram Login
 * (src/test/resources/meta/messaging/message-text.json): {@code entry[].messaging[]}, the account id as
 * {@code entry.id} and {@code recipient.id}, times in milliseconds, non-ASCII text escaped as {@code \u00e9}.
 *
 * @param accountId  the Instagram account the DM was sent to
 * @param senderId   the person's IGSID: the recipient of a reply
 * @param sequence   makes the message id unique
 * @param text       the DM
 * @param epochMillis when it was sent
 */
record MetaDelivery(String accountId, String senderId, long sequence, String text, long epochMillis) {

    byte[] body() {
        return ("{\"object\":\"instagram\",\"entry\":[{\"id\":\"" + accountId + "\",\"time\":" + (epochMillis + 180)
                + ",\"messaging\":[{\"sender\":{\"id\":\"" + senderId + "\"},\"recipient\":{\"id\":\"" + accountId
                + "\"},\"timestamp\":" + epochMillis + ",\"message\":{\"mid\":\"" + mid() + "\",\"text\":\""
                + escaped(text) + "\"}}]}]}").getBytes(StandardCharsets.US_ASCII);
    }

    /** Meta's message ids are base64 of {@code ig_item:1:IGMessageID:<account>:<thread>:<message>}. */
    String mid() {
        String item = "ig_item:1:IGMessageID:" + accountId + ":" + senderId + ":" + (340282366841710300L + sequence);
        return Base64.getEncoder().withoutPadding().encodeToString(item.getBytes(StandardCharsets.US_ASCII));
    }

    /** The {@code X-Hub-Signature-256} header's value for a body. */
    static String signature(byte[] secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", impossible);
        }
    }

    /** JSON string content as Meta writes it: quotes, backslashes and slashes escaped, anything not ASCII as \\uXXXX. */
    private static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '/' -> out.append("\\/");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
