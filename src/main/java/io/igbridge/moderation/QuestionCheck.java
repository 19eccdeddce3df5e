package io.igbridge.moderation;

import java.util.List;

/**
 * A question: a question mark, a French inversion ("avez-vous", "livrez-vous"), or a question word opening a text
 * that has no exclamation mark ("combien pour la rouge", "how much"; not "what a dress!").
 */
final class QuestionCheck {

    private final Lexicons lexicons;

    QuestionCheck(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    private static final java.util.regex.Pattern INVERSION = java.util.regex.Pattern.compile(
            "\\p{L}-(?:t-)?(vous|tu|il|elle|on|ce|ils|elles)\\b", java.util.regex.Pattern.CASE_INSENSITIVE
                    | java.util.regex.Pattern.UNICODE_CASE);

    boolean isQuestion(String text, List<Token> tokens, List<String> reasons) {
        boolean exclamation = false;
        Token firstWord = null;
        for (Token token : tokens) {
            if (token.kind() == Token.Kind.PUNCTUATION && token.text().equals("?")) {
                reasons.add("question: \"?\"");
                return true;
            }
            exclamation |= token.kind() == Token.Kind.PUNCTUATION && token.text().equals("!");
            if (token.isWord()) {
                firstWord = firstWord == null ? token : firstWord;
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            TermTable.Match<Boolean> indirect = tokens.get(i).isWord() ? lexicons.questionPhrases.at(tokens, i) : null;
            if (indirect != null) {
                reasons.add("question: \"" + indirect.term() + "\"");
                return true;
            }
        }
        java.util.regex.Matcher inversion = INVERSION.matcher(text);
        while (inversion.find()) {
            if (!text.regionMatches(true, Math.max(0, inversion.start() - 5), "rendez", 0, 6)) { // a rendez-vous
                reasons.add("question: \"-" + inversion.group(1).toLowerCase(java.util.Locale.ROOT) + "\"");
                return true;
            }
        }
        if (firstWord != null && !exclamation && lexicons.questionOpeners.contains(firstWord.key())) {
            reasons.add("question: opens with \"" + firstWord.text() + "\"");
            return true;
        }
        return false;
    }
}
