package io.igbridge.graphapi;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a DM into the ordered messages Meta accepts: each at most {@value #MAX_BYTES} UTF-8 bytes, not characters
 * (https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-login/messaging-api:
 * "Message text must be UTF-8 and be a 1000 bytes or less").
 */
public final class MessageParts {

    /** Meta's limit on one text message, in UTF-8 bytes. */
    public static final int MAX_BYTES = 1000;

    private MessageParts() {
    }

    /**
     * The parts of {@code text}, in order, each at most {@code maxBytes} UTF-8 bytes. Cuts at the last whitespace
     * that fits, dropping the whitespace there; a word longer than the limit is cut between two code points (never
     * inside a character, a surrogate pair or an emoji's code point). The parts, joined with the whitespace that
     * was dropped, are the text; an empty or blank text has no parts.
     */
    public static List<String> split(String text, int maxBytes) {
        if (maxBytes < 4) {
            throw new IllegalArgumentException("maxBytes must hold any character (4 bytes), got " + maxBytes);
        }
        List<String> parts = new ArrayList<>();
        int length = text.length();
        int start = 0;
        while (start < length) {
            int fitEnd = fitEnd(text, start, maxBytes);
            int next = fitEnd;
            String part = text.substring(start, fitEnd);
            if (fitEnd < length) {
                for (int cut = fitEnd; cut > start; cut--) {
                    if (Character.isWhitespace(text.charAt(cut))) {
                        String beforeCut = text.substring(start, cut).stripTrailing();
                        if (!beforeCut.isEmpty()) {
                            part = beforeCut;
                            next = cut;
                        }
                        break;
                    }
                }
            }
            if (!part.isBlank()) {
                parts.add(part);
            }
            while (next < length && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            start = next;
        }
        return List.copyOf(parts);
    }

    /** The UTF-8 length of a text (a lone surrogate counted as 3 bytes, more than its encoded replacement). */
    public static int utf8Length(String text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            bytes += utf8Length(codePoint);
            i += Character.charCount(codePoint);
        }
        return bytes;
    }

    /** The end of the longest run of whole code points from {@code start} that fits in {@code maxBytes}. */
    private static int fitEnd(String text, int start, int maxBytes) {
        int bytes = 0;
        int i = start;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            bytes += utf8Length(codePoint);
            if (bytes > maxBytes) {
                break;
            }
            i += Character.charCount(codePoint);
        }
        return i;
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
