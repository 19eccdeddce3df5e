package io.igbridge.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalizedTextTests {

    @Test
    void textIsLowercasedWithoutAccentsAndSplitIntoWords() {
        var text = NormalizedText.of("GÉNIAL, j'adore l’ŒUVRE… À bientôt ! 😊");

        assertThat(text.plain()).isEqualTo("genial, j'adore l’oeuvre... a bientot ! 😊");
        assertThat(text.words()).containsExactly("genial", "j", "adore", "l", "oeuvre", "a", "bientot");
        assertThat(text.spaced()).isEqualTo(" genial j adore l oeuvre a bientot ");
    }

    @Test
    void fullWidthLettersAndLigaturesAreOrdinaryLetters() {
        assertThat(NormalizedText.of("ＨＥＬＬＯ ﬁn").words()).containsExactly("hello", "fin");
    }

    @Test
    void noTextHasNoWords() {
        assertThat(NormalizedText.of(null).words()).isEmpty();
        assertThat(NormalizedText.of("!!! 🙏").words()).isEmpty();
    }
}
