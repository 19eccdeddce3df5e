package io.igbridge.support;

/** Text helpers. */
public final class Text {

    private Text() {
    }

    /** The text cut to at most {@code max} characters (null stays null), to fit a column. */
    public static String limit(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
