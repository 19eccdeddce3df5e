package io.igbridge.moderation;

/**
 * One unit of a text, as {@link Tokenizer} cuts it.
 *
 * @param text   the token lower-cased, as written ({@code "superrr"}, {@code "déçue"}, {@code "😍"}, {@code ":)"})
 * @param key    what lexicons are looked up by: lower-cased, accents removed, so "decue" finds "déçue"
 * @param shouty written in capitals (at least two letters), which makes a sentiment word weigh more
 * @param shortened    {@code key} with repeated letters shortened ("superrr" → "superr", "super"; "sooo" → "soo",
 *                     "so"), for words written long; empty for most words. Computed once here, since every list asks
 * @param singular     {@code key} without its final s or x ("arnaques" → "arnaque"), for lists that have only the
 *                     singular; null for short words and words that end otherwise
 */
record Token(Kind kind, String text, String key, boolean shouty, String[] shortened, String singular) {

    private static final String[] NONE = new String[0];

    Token(Kind kind, String text, String key, boolean shouty) {
        this(kind, text, key, shouty, kind == Kind.WORD ? shortenedForms(key) : NONE,
                kind == Kind.WORD && key.length() >= 5 && (key.endsWith("s") || key.endsWith("x"))
                        ? key.substring(0, key.length() - 1) : null);
    }

    private static String[] shortenedForms(String key) {
        String two = Folding.shortenRuns(key, 2);
        if (two == null) {
            return NONE;
        }
        String one = Folding.shortenRuns(key, 1);
        return one.equals(two) ? new String[] {two} : new String[] {two, one};
    }

    enum Kind {
        /** letters, digits, inner apostrophes of English contractions ("don't") and hyphens ("casse-couilles") */
        WORD,
        /** one emoji, skin tone and variation selectors dropped */
        EMOJI,
        /** {@code :)}, {@code :-(}, {@code <3}, {@code xD}, … */
        EMOTICON,
        /** {@code @someone} */
        MENTION,
        /** {@code http…} or {@code www.…} */
        LINK,
        /** {@code ?}, {@code !}, and the punctuation that ends a clause ({@code . , ; :}) */
        PUNCTUATION
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean is(String word) {
        return kind == Kind.WORD && key.equals(word);
    }
}
