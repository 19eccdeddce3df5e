package io.igbridge.rules;

import java.util.Optional;

/**
 * Guesses the language of a customer's text, for the {@code language} condition and to choose between a reply's
 * fr/en variants. The built-in {@link #stopWords()} heuristic stands in until a proper classifier exists.
 */
public interface LanguageGuess {

    /** The text's language, or empty when it can't tell (no known word, or as many French as English ones). */
    Optional<Language> guess(String text);

    /** The built-in guess: counts common French and English words (and French accents). */
    static LanguageGuess stopWords() {
        return new StopWordLanguageGuess();
    }
}
