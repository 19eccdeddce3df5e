package io.igbridge.rules;

import java.util.Locale;

/** How a rule's keywords are compared with a text; always ignoring case and accents. */
enum MatchMode {
    /** the keyword's words appear as whole words, in order ("hi" is not in "chips", "pas super" is in "pas super du tout") */
    WORD,
    /** the keyword appears anywhere, even inside a word ("love" is in "glove"); for emoji */
    SUBSTRING,
    /** the whole text is the keyword, ignoring punctuation and spacing ("Bonjour !" is exactly "bonjour") */
    EXACT,
    /** a Java regular expression found anywhere in the text (lowercase, without accents) */
    REGEX;

    String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
