package io.igbridge.moderation;

import java.util.List;

/**
 * Scams, follower selling, "link in bio" promotion, crypto giveaways: the weights of the signals in
 * {@code additions/spam.tsv} (each counted once) and of links add up; 1 or more is spam.
 */
final class SpamCheck {

    static final double THRESHOLD = 1.0;
    private static final double LINK = 0.5;

    private final Lexicons lexicons;

    SpamCheck(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    boolean isSpam(List<Token> tokens, List<String> reasons) {
        double weight = 0;
        StringBuilder why = new StringBuilder();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() == Token.Kind.MENTION) {
                weight += handle(token, seen, why); // "@crypto.mentor.james", "@gagnant_officiel"
                continue;
            }
            if (token.kind() == Token.Kind.LINK) {
                if (seen.add("a link")) {
                    weight += LINK;
                    why.append(why.isEmpty() ? "" : ", ").append("a link");
                }
                continue;
            }
            TermTable.Match<Double> signal = token.isWord() || token.kind() == Token.Kind.EMOJI
                    ? lexicons.spam.at(tokens, i) : null;
            if (signal != null && seen.add(signal.term())) {
                weight += signal.value();
                why.append(why.isEmpty() ? "" : ", ").append('"').append(signal.term()).append('"');
            }
        }
        if (weight >= THRESHOLD) {
            reasons.add(Reasons.appendTwoDecimals(new StringBuilder("spam: ").append(why).append(" ("), weight)
                    .append(')').toString());
            return true;
        }
        return false;
    }

    /** The spam words an account name is made of, each counted once. */
    private double handle(Token mention, java.util.Set<String> seen, StringBuilder why) {
        double weight = 0;
        for (String part : Folding.fold(mention.text().substring(1)).split("[._0-9]+")) {
            if (part.length() < 3) {
                continue;
            }
            List<Token> alone = List.of(new Token(Token.Kind.WORD, part, part, false));
            TermTable.Match<Double> signal = lexicons.spam.at(alone, 0);
            if (signal != null && seen.add(signal.term())) {
                weight += signal.value();
                why.append(why.isEmpty() ? "" : ", ").append('"').append(signal.term()).append("\" in ")
                        .append(mention.text());
            }
        }
        return weight;
    }
}
