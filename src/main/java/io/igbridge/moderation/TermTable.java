package io.igbridge.moderation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Words and phrases with a value each, looked up by their folded form (lower case, no accents) in a token list.
 * A word written with repeated letters is found too ("superrr", "nuuul", "sooo"). The first value put for a term
 * wins, so sources are put in order of trust.
 */
final class TermTable<V> {

    /** A term found at a position of the token list, spanning {@code length} tokens. */
    record Match<V>(String term, V value, int length) {
    }

    private record Phrase<V>(String term, String[] keys, V value) {
    }

    private final Map<String, V> words = new HashMap<>();
    private final Map<String, V> foldedWords = new HashMap<>();
    private final Map<String, String> wordTerms = new HashMap<>();
    private final Map<String, List<Phrase<V>>> phrases = new HashMap<>();

    /** Adds a word, emoji or phrase unless it is already there. */
    void put(String term, V value) {
        // cut like the texts it is looked up in: "l'horreur" is two words, "don't" one
        String[] keys = Tokenizer.tokenize(term.strip()).stream().map(Token::key).toArray(String[]::new);
        if (keys.length == 0 || keys[0].isEmpty()) {
            return;
        }
        if (keys.length == 1) {
            String exact = term.strip().toLowerCase(java.util.Locale.ROOT);
            if (words.putIfAbsent(exact, value) == null) {
                wordTerms.put(exact, term.strip());
            }
            if (foldedWords.putIfAbsent(keys[0], value) == null) {
                wordTerms.putIfAbsent(keys[0], term.strip());
            }
            return;
        }
        List<Phrase<V>> starting = phrases.computeIfAbsent(keys[0], key -> new ArrayList<>());
        if (starting.stream().noneMatch(phrase -> java.util.Arrays.equals(phrase.keys(), keys))) {
            starting.add(new Phrase<>(term.strip(), keys, value));
            starting.sort((a, b) -> b.keys().length - a.keys().length); // longest first
        }
    }

    /** Whether the word is known, accents ignored. */
    boolean containsWord(String key) {
        return foldedWords.containsKey(key);
    }

    int size() {
        return words.size() + phrases.values().stream().mapToInt(List::size).sum();
    }

    /** The longest term starting at {@code index}, or null; a word written without accents finds its accented form. */
    Match<V> at(List<Token> tokens, int index) {
        return at(tokens, index, true);
    }

    /**
     * The longest term starting at {@code index}, or null. Only words take part in phrases. With
     * {@code accentsOptional}, a word written without accents ("decue") finds the accented one ("déçue"); without,
     * only its exact form is found, so the English "reel" or "mine" never reads as the French "réel" or "miné".
     */
    Match<V> at(List<Token> tokens, int index, boolean accentsOptional) {
        Token first = tokens.get(index);
        String key = first.key();
        List<Phrase<V>> candidates = phrases.get(key);
        if (candidates == null) {
            String alternative = known(first.shortened(), phrases);
            candidates = alternative == null ? null : phrases.get(alternative);
        }
        if (candidates != null) {
            for (Phrase<V> phrase : candidates) {
                if (matches(phrase.keys(), tokens, index)) {
                    return new Match<>(phrase.term(), phrase.value(), phrase.keys().length);
                }
            }
        }
        boolean unaccented = key.equals(first.text());
        String exact = first.text();
        V value = words.get(exact);
        if (value == null) {
            exact = unaccented ? alternative(first, words) : accentedSingular(exact, words);
            value = exact == null ? null : words.get(exact);
        }
        if (value != null) {
            return new Match<>(wordTerms.get(exact), value, 1);
        }
        if (!accentsOptional || !unaccented) {
            return null; // a word written with its accents means that word, not another one's unaccented form
        }
        value = foldedWords.get(key);
        if (value == null) {
            key = alternative(first, foldedWords);
            value = key == null ? null : foldedWords.get(key);
        }
        return value == null ? null : new Match<>(wordTerms.get(key), value, 1);
    }

    private static boolean matches(String[] keys, List<Token> tokens, int index) {
        if (index + keys.length > tokens.size()) {
            return false;
        }
        for (int i = 1; i < keys.length; i++) {
            Token token = tokens.get(index + i);
            if (!token.isWord() || !(token.key().equals(keys[i]) || java.util.Arrays.asList(token.shortened())
                    .contains(keys[i]))) {
                return false;
            }
        }
        return true;
    }

    /** The singular of a plural the map knows, else the first shortened form it knows, or null. */
    private static String alternative(Token token, Map<String, ?> map) {
        return token.singular() != null && map.containsKey(token.singular()) ? token.singular()
                : known(token.shortened(), map);
    }

    /** "privés" → "privé", when the map knows it (rare enough not to be computed ahead). */
    private static String accentedSingular(String text, Map<String, ?> map) {
        if (text.length() < 5 || !(text.endsWith("s") || text.endsWith("x"))) {
            return null;
        }
        String singular = text.substring(0, text.length() - 1);
        return map.containsKey(singular) ? singular : null;
    }

    /** The first of the forms the map knows, or null. */
    private static String known(String[] forms, Map<String, ?> map) {
        for (String form : forms) {
            if (map.containsKey(form)) {
                return form;
            }
        }
        return null;
    }
}
