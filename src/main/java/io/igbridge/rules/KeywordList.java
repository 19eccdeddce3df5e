package io.igbridge.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The keywords of one {@code any}, {@code all} or {@code none} list. Single words are looked up in the text's
 * word set, so a rule with many keywords costs a few hash lookups, not a scan per keyword.
 */
final class KeywordList {

    private final Set<String> singleWords;
    private final List<Keyword> others;

    KeywordList(List<Keyword> keywords) {
        Set<String> words = new HashSet<>();
        List<Keyword> rest = new ArrayList<>();
        for (Keyword keyword : keywords) {
            if (keyword instanceof Keyword.Word word) {
                words.add(word.word());
            } else {
                rest.add(keyword);
            }
        }
        this.singleWords = Set.copyOf(words);
        this.others = List.copyOf(rest);
    }

    boolean anyIn(NormalizedText text) {
        for (String word : text.words()) {
            if (singleWords.contains(word)) {
                return true;
            }
        }
        for (Keyword keyword : others) {
            if (keyword.in(text)) {
                return true;
            }
        }
        return false;
    }

    boolean allIn(NormalizedText text) {
        return text.wordSet().containsAll(singleWords) && others.stream().allMatch(keyword -> keyword.in(text));
    }
}
