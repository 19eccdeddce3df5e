package io.igbridge.moderation;

/**
 * Lower-cases and removes accents in one pass without allocating per character ({@code Normalizer} is ten times
 * slower): "Déçue" → "decue", "Œuvre" → "oeuvre". Only Latin letters are folded; other characters are kept.
 */
final class Folding {

    private static final String FROM = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿ";
    private static final String TO = "aaaaaaceeeeiiiinooooouuuuyy";

    private Folding() {
    }

    static String fold(CharSequence text) {
        StringBuilder folded = null;
        for (int i = 0; i < text.length(); i++) {
            char original = text.charAt(i);
            char c = Character.toLowerCase(original);
            String replacement = replacement(c);
            if (folded == null && (replacement != null || c != original)) {
                folded = new StringBuilder(text.length() + 2).append(text, 0, i);
            }
            if (folded != null) {
                if (replacement != null) {
                    folded.append(replacement);
                } else {
                    folded.append(c);
                }
            }
        }
        return folded == null ? text.toString() : folded.toString();
    }

    private static String replacement(char c) {
        if (c < 'à') {
            return c == '’' ? "'" : null;
        }
        if (c == 'œ') {
            return "oe";
        }
        if (c == 'æ') {
            return "ae";
        }
        if (c == '’') {
            return "'";
        }
        int index = FROM.indexOf(c);
        return index < 0 ? null : String.valueOf(TO.charAt(index));
    }

    /**
     * The word with runs of three or more equal letters shortened to two ("superrr" → "superr", "sooo" → "soo"),
     * or null when it has none.
     */
    static String shortenRuns(String word, int keep) {
        StringBuilder shortened = null;
        int run = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            run = i > 0 && word.charAt(i - 1) == c ? run + 1 : 1;
            if (run > keep) {
                if (shortened == null) {
                    shortened = new StringBuilder(word.length()).append(word, 0, i);
                }
                continue;
            }
            if (shortened != null) {
                shortened.append(c);
            }
        }
        return shortened == null ? null : shortened.toString();
    }
}
