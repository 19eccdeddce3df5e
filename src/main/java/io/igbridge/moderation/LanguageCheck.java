package io.igbridge.moderation;

import java.util.List;

/**
 * French, English or other, from the words only one of the two languages uses (stop words from the open lists,
 * minus the ones both share) and French accents. Fast and good enough to pick lexicons and reply variants; a tie
 * goes to the language of the first telling word, a text with none is {@code other}.
 */
final class LanguageCheck {

    private final Lexicons lexicons;

    LanguageCheck(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    TextLanguage of(List<Token> tokens) {
        int french = 0;
        int english = 0;
        TextLanguage first = null;
        for (Token token : tokens) {
            if (!token.isWord()) {
                continue;
            }
            boolean isFrench = lexicons.frenchStopWords.contains(token.key()) || !token.key().equals(token.text())
                    || isFrenchOnly(token.key());
            boolean isEnglish = !isFrench && (lexicons.englishStopWords.contains(token.key())
                    || isEnglishOnly(token.key()));
            french += isFrench ? 1 : 0;
            english += isEnglish ? 1 : 0;
            if (first == null && (isFrench || isEnglish)) {
                first = isFrench ? TextLanguage.FR : TextLanguage.EN;
            }
        }
        if (french == english) {
            return first == null ? TextLanguage.OTHER : first;
        }
        return french > english ? TextLanguage.FR : TextLanguage.EN;
    }

    private boolean isFrenchOnly(String key) {
        return lexicons.french.containsWord(key) && !lexicons.english.containsWord(key)
                && !lexicons.englishStopWords.contains(key);
    }

    private boolean isEnglishOnly(String key) {
        return lexicons.english.containsWord(key) && !lexicons.french.containsWord(key)
                && !lexicons.frenchStopWords.contains(key);
    }
}
