package io.igbridge.leads;

/**
 * What a lead's message said around the value, for the team to see where it came from: the message on one line,
 * cut to {@value #MAX} characters around the value when longer, with "…" where it was cut.
 */
final class Excerpt {

    static final int MAX = 200;
    private static final String CUT = "…";

    private Excerpt() {
    }

    static String of(String message, String value) {
        String text = oneLine(message);
        if (text.length() <= MAX) {
            return text;
        }
        String wanted = oneLine(value);
        int at = Math.max(text.indexOf(wanted), 0);
        int inner = MAX - 2 * CUT.length();
        int start = Math.max(0, at - (inner - Math.min(wanted.length(), inner)) / 2);
        if (start == 0) {
            return head(text, MAX - CUT.length()) + CUT;
        }
        if (start + inner >= text.length()) {
            return CUT + tail(text, MAX - CUT.length());
        }
        return CUT + head(tail(text, text.length() - start), inner) + CUT;
    }

    /** The first {@code length} characters at most, without half an emoji. */
    private static String head(String text, int length) {
        int end = Math.min(length, text.length());
        return text.substring(0, end > 0 && Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end);
    }

    /** The last {@code length} characters at most, without half an emoji. */
    private static String tail(String text, int length) {
        int start = Math.max(0, text.length() - length);
        return text.substring(start < text.length() && Character.isLowSurrogate(text.charAt(start)) ? start + 1 : start);
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
