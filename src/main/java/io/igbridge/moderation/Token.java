package io.igbridge.moderation;

/**
 * One unit of a text, as {@link Tokenizer} cuts it.
 *
 * @param text   the token lower-cased, as written ({@code "superrr"}, {@code "déçue"}, {@code "😍"}, {@code ":)"})
 * @param key    what lexicons are looked up by: lower-cased, accents removed, so "decue" finds "déçue"
 * @param shouty written in capitals (at least two letters), which makes a sentiment word weigh more
 */
record Token(Kind kind, String text, String key, boolean shouty) {

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
