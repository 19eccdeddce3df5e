package io.igbridge.moderation;

import java.util.List;

import io.igbridge.moderation.Lexicons.Modifier;

/**
 * Insults and hate: a word or phrase of the open profanity lists (minus ordinary words they hold, see
 * {@code additions/abuse.tsv}) is abusive wherever it appears; a milder word ("idiot", "nul", "ugly") only when it
 * is aimed at someone — "you", "t'es", "espèce de", an {@code @mention} just before or after — or makes up a
 * comment of at most three words. "Fucking love it" and "putain c'est beau" are not abusive.
 */
final class AbuseCheck {

    private static final int NEAR = 5;

    private final Lexicons lexicons;

    AbuseCheck(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    boolean isAbusive(List<Token> tokens, List<String> reasons) {
        long words = tokens.stream().filter(Token::isWord).count();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).isWord()) {
                continue;
            }
            TermTable.Match<Boolean> insult = lexicons.insults.at(tokens, i);
            if (insult != null) {
                reasons.add("abusive \"" + insult.term() + "\"");
                return true;
            }
            TermTable.Match<Boolean> aimed = lexicons.aimedInsults.at(tokens, i);
            if (aimed != null && (words <= 3 || addresseeNear(tokens, i, aimed.length()))) {
                reasons.add("abusive \"" + aimed.term() + "\"" + (words <= 3 ? "" : ", aimed at someone"));
                return true;
            }
        }
        return false;
    }

    private boolean addresseeNear(List<Token> tokens, int index, int length) {
        int from = Math.max(0, index - NEAR);
        int to = Math.min(tokens.size() - 1, index + length - 1 + NEAR);
        for (int i = from; i <= to; i++) {
            Token token = tokens.get(i);
            if (token.kind() == Token.Kind.MENTION || token.isWord() && isAddressee(tokens, i)) {
                return true;
            }
        }
        return false;
    }

    private boolean isAddressee(List<Token> tokens, int i) {
        TermTable.Match<Modifier> french = lexicons.frenchModifiers.at(tokens, i);
        TermTable.Match<Modifier> english = lexicons.englishModifiers.at(tokens, i);
        return french != null && french.value() == Modifier.ADDRESSEE
                || english != null && english.value() == Modifier.ADDRESSEE;
    }
}
