package io.igbridge.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageGuessTests {

    final LanguageGuess guess = LanguageGuess.stopWords();

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            Bonjour, quel est le prix ?          | FR
            Je voudrais la taille M svp          | FR
            Très joli                            | FR
            Hello, what is the price?            | EN
            Do you ship to the UK?               | EN
            Super                                | none
            👍                                   | none
            ok                                   | none
            """)
    void commonWordsTellFrenchFromEnglish(String text, Language expected) {
        assertThat(guess.guess(text).orElse(null)).isEqualTo(expected);
    }
}
