package io.igbridge.rules;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A text as keywords see it: lowercase, without accents (NFKD, then combining marks removed: "GÉNIAL" is
 * "genial"), and split into words at everything that is not a letter or a digit (so "j'adore" holds the word
 * "adore", and "chips" does not hold "hi").
 *
 * @param plain  the whole normalized text, for substring and regex matching
 * @param words  its words in order
 * @param spaced its words joined by single spaces, with a space before and after, for phrase matching
 */
record NormalizedText(String plain, List<String> words, Set<String> wordSet, String spaced) {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    static final NormalizedText EMPTY = of("");

    static NormalizedText of(String text) {
        String plain = normalize(text);
        List<String> words = words(plain);
        return new NormalizedText(plain, words, Set.copyOf(words), " " + String.join(" ", words) + " ");
    }

    /** Lowercase, accents removed; œ, æ and ß spelled out. */
    static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT)
                .replace("œ", "oe").replace("æ", "ae").replace("ß", "ss");
    }

    /** The words of an already normalized text. */
    static List<String> words(String normalized) {
        return Arrays.stream(NOT_WORD.split(normalized)).filter(word -> !word.isEmpty()).toList();
    }
}
