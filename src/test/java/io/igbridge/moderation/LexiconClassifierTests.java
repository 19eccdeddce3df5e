package io.igbridge.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each thing the built-in classifier claims to handle (docs/moderation.md), one example or a few each. */
class LexiconClassifierTests {

    static final LexiconClassifier CLASSIFIER = new LexiconClassifier();

    static Classification classify(String text) {
        return CLASSIFIER.classify(text);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Super post !                                   | POSITIVE
            Pas super du tout                              | NEGATIVE
            j'ai jamais été déçue                          | POSITIVE
            ça ne marche plus                              | NEGATIVE
            I don't love it                                | NEGATIVE
            never disappointed                             | POSITIVE
            not bad at all                                 | POSITIVE
            """)
    void negationTurnsTheWordAround(String text, Sentiment expected) {
        assertThat(classify(text).sentiment()).isEqualTo(expected);
    }

    @Test
    void intensifiersAndDiminishersChangeTheStrength() {
        assertThat(classify("trop bien").score()).isGreaterThan(classify("bien").score());
        assertThat(classify("really good").score()).isGreaterThan(classify("good").score());
        assertThat(classify("un peu cher").score()).isGreaterThan(classify("cher").score()).isNegative();
        assertThat(classify("super cher").sentiment()).as("super before a word intensifies it")
                .isEqualTo(Sentiment.NEGATIVE);
        assertThat(classify("GREAT").score()).as("capitals").isGreaterThan(classify("great").score());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Joli mais trop cher                            | NEGATIVE
            pas donné mais de qualité                      | POSITIVE
            looks great but broke after a week             | NEGATIVE
            """)
    void theClauseAfterMaisOrButWeighsMore(String text, Sentiment expected) {
        assertThat(classify(text).sentiment()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            😍😍                                            | POSITIVE
            🤮                                              | NEGATIVE
            :)                                             | POSITIVE
            :(                                             | NEGATIVE
            <3                                             | POSITIVE
            super... 🙄                                     | NEGATIVE
            """)
    void emojisEmoticonsAndIronyMarkers(String text, Sentiment expected) {
        assertThat(classify(text).sentiment()).isEqualTo(expected);
    }

    @Test
    void elongatedWordsMissingAccentsAndElisionsAreRead() {
        assertThat(classify("superrrr").sentiment()).isEqualTo(Sentiment.POSITIVE);
        assertThat(classify("nuuuul").sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(classify("tres decue").sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(classify("genial").sentiment()).isEqualTo(Sentiment.POSITIVE);
        assertThat(classify("j'adore").reasons()).anyMatch(reason -> reason.contains("adore"));
        assertThat(classify("sur la photo").sentiment()).as("'sur' is not 'sûr'").isEqualTo(Sentiment.NEUTRAL);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Bonjour, quel est le prix de la robe ?          | FR
            Hello, how much is the blue one?                | EN
            trop cute ce look, love it                      | FR
            😍🔥                                            | OTHER
            """)
    void languageIsFrenchEnglishOrOther(String text, TextLanguage expected) {
        assertThat(classify(text).language()).isEqualTo(expected);
    }

    @Test
    void mixedFrenchAndEnglishUsesBothLexicons() {
        Classification mixed = classify("so disappointed, c'est nul");
        assertThat(mixed.sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(mixed.reasons()).anyMatch(r -> r.contains("disappointed")).anyMatch(r -> r.contains("nul"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"t'es qu'un connard", "you idiot", "@marc espèce d'abruti", "Ferme ta gueule",
            "fat pig, stop posting"})
    void insultsAimedAtSomeoneAreAbusiveAndNegative(String text) {
        Classification found = classify(text);
        assertThat(found.abusive()).as(found.reasons().toString()).isTrue();
        assertThat(found.sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(found.reasons()).anyMatch(reason -> reason.startsWith("abusive"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"putain c'est beau", "fucking love it", "this product is stupid", "la boîte était sale",
            "20 min de retard", "holy shit this is gorgeous"})
    void swearingThatPraisesOrWordsAboutThingsAreNotAbusive(String text) {
        assertThat(classify(text).abusive()).as(classify(text).reasons().toString()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Check my page for free followers 🔥", "Lien en bio pour gagner un iPhone",
            "Invest in crypto with @btc.mentor, 500$ to 5000$ in a week", "DM us to collaborate 📩 link in bio",
            "follow for follow?"})
    void spamIsFoundAndIsNeverPositive(String text) {
        Classification found = classify(text);
        assertThat(found.spam()).as(found.reasons().toString()).isTrue();
        assertThat(found.sentiment()).isEqualTo(Sentiment.NEUTRAL);
    }

    @Test
    void aComplaintWithALinkIsNotSpam() {
        assertThat(classify("Commande jamais reçue, voir https://suivi.example/123").spam()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            c'est dispo en 38 ?                              | true
            Combien pour la rouge                            | true
            Avez-vous la taille M                            | true
            je voudrais savoir si vous livrez en Belgique    | true
            What a dress!                                    | false
            J'adore cette robe                               | false
            rendez-vous pris pour samedi                     | false
            """)
    void questionsWithOrWithoutAQuestionMark(String text, boolean expected) {
        assertThat(classify(text).question()).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u0000\uFFFF", "\uD83D", "!!!???", "@@@@"})
    void anyTextIsClassifiedWithoutAnException(String text) {
        Classification found = classify(text);
        assertThat(found.sentiment()).isEqualTo(Sentiment.NEUTRAL);
        assertThat(found.analyzer()).isEqualTo("built-in");
    }

    @Test
    void aHugeTextIsReadOnlyUpToItsFirstFiveThousandCharacters() {
        Classification found = classify("super ".repeat(100_000));
        assertThat(found.sentiment()).isEqualTo(Sentiment.POSITIVE);
        assertThat(found.reasons()).hasSizeLessThanOrEqualTo(Tokenizer.MAX_CHARACTERS / 6 + 1);
    }
}
