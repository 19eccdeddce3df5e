package io.igbridge.moderation;

import java.util.List;

import io.igbridge.moderation.Lexicons.Modifier;

/**
 * Scores a text's sentiment the way VADER does (Hutto &amp; Gilbert 2014), for French and English: each sentiment
 * word, phrase, emoji or emoticon adds its valence; a negator up to three words before turns it around and weakens
 * it ("pas super", "not good", "jamais déçue"); an intensifier or diminisher just before strengthens or weakens it
 * ("trop bien", "un peu cher"); a word in capitals weighs more; after "mais" / "but" the second clause weighs more
 * than the first. The sum is squashed into -1…1.
 */
final class SentimentScorer {

    static final double NEGATED = -0.74;
    static final double INTENSIFIED = 1.3;
    static final double DIMINISHED = 0.6;
    static final double SHOUTED = 1.2;
    static final double BEFORE_CONTRAST = 0.5;
    static final double AFTER_CONTRAST = 1.5;
    /** VADER's normalisation constant: how quickly the sum approaches ±1. */
    private static final double ALPHA = 15;

    private final Lexicons lexicons;

    SentimentScorer(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /** The score in -1…1, reasons added to {@code reasons}. */
    double score(List<Token> tokens, TextLanguage language, List<String> reasons) {
        TermTable<Double> primary = language == TextLanguage.EN ? lexicons.english : lexicons.french;
        TermTable<Double> secondary = primary == lexicons.french ? lexicons.english : lexicons.french;
        Modifier[] modifiers = modifiers(tokens, language);
        int lastContrast = lastContrast(modifiers);
        int irony = irony(tokens, modifiers);
        double sum = 0;
        int exclamations = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() == Token.Kind.PUNCTUATION) {
                exclamations += token.text().equals("!") ? 1 : 0;
                continue;
            }
            boolean standsAlone = modifiers[i] == Modifier.INTENSIFIER && !sentimentFollows(tokens, modifiers, i);
            if (modifiers[i] != null && !standsAlone) {
                continue;
            }
            TermTable.Match<Double> match = sentiment(tokens, i, primary, secondary);
            if (match == null || standsAlone && Math.abs(match.value()) < 0.5) {
                continue; // "super" alone is praise; "trop" alone is nothing
            }
            i += match.length() - 1;
            if (match.value() == 0) {
                continue; // a word the additions declare neutral ("prix" is not a prize here)
            }
            double valence = match.value() * 4; // on VADER's -4…4 scale
            StringBuilder why = new StringBuilder(valence > 0 ? "positive \"" : "negative \"").append(match.term())
                    .append('"');
            valence = modified(tokens, modifiers, i, valence, why);
            if (token.shouty()) {
                valence *= SHOUTED;
                why.append(", in capitals");
            }
            if (lastContrast >= 0) {
                valence *= i < lastContrast ? BEFORE_CONTRAST : AFTER_CONTRAST;
                why.append(i < lastContrast ? ", before \"" : ", after \"").append(tokens.get(lastContrast).text())
                        .append('"');
            }
            if (irony >= 0 && valence > 0 && token.kind() == Token.Kind.WORD) {
                valence *= NEGATED;
                why.append(", ironic (\"").append(tokens.get(irony).text()).append("\")");
            }
            reasons.add(Reasons.appendSigned(why, valence / 4).toString());
            sum += valence;
        }
        if (sum != 0 && exclamations > 0) {
            sum += Math.copySign(Math.min(exclamations, 3) * 0.292, sum); // VADER's emphasis for "!"
        }
        return sum / Math.sqrt(sum * sum + ALPHA);
    }

    private TermTable.Match<Double> sentiment(List<Token> tokens, int i, TermTable<Double> primary,
                                              TermTable<Double> secondary) {
        Token token = tokens.get(i);
        return switch (token.kind()) {
            case WORD -> {
                boolean stopWord = lexicons.frenchStopWords.contains(token.key())
                        || lexicons.englishStopWords.contains(token.key());
                // "sur" is not "sûr"; the English "or" is not the French "or" (gold)
                TermTable.Match<Double> match = primary.at(tokens, i, primary == lexicons.french && !stopWord);
                if (match == null && !stopWord) {
                    match = secondary.at(tokens, i, false);
                }
                yield match == null || match.length() == 1 && token.text().length() < 2 ? null : match;
            }
            case EMOJI -> lexicons.emojis.at(tokens, i);
            case EMOTICON -> lexicons.english.at(tokens, i);
            default -> null;
        };
    }

    /** Negation, then intensity, from the words just before the sentiment word at {@code index}. */
    private static double modified(List<Token> tokens, Modifier[] modifiers, int index, double valence,
                                   StringBuilder why) {
        double result = valence;
        for (int back = 1, words = 0; index - back >= 0 && words < 3; back++) {
            Token before = tokens.get(index - back);
            if (before.kind() == Token.Kind.PUNCTUATION && !before.text().equals(",")
                    || modifiers[index - back] == Modifier.CONTRAST) {
                break;
            }
            words += before.isWord() ? 1 : 0;
            Modifier modifier = modifiers[index - back];
            if (modifier == Modifier.NEGATOR || modifier == Modifier.AFTER_NE && neBefore(tokens, index - back)) {
                result *= NEGATED;
                why.append(" negated by \"").append(before.text()).append('"');
                break;
            }
            if (back == 1 || back == 2 && modifiers[index - 1] != null) {
                if (modifier == Modifier.INTENSIFIER) {
                    result *= INTENSIFIED;
                    why.append(" intensified by \"").append(before.text()).append('"');
                } else if (modifier == Modifier.DIMINISHER) {
                    result *= DIMINISHED;
                    why.append(" softened by \"").append(before.text()).append('"');
                }
            }
        }
        return result;
    }

    /** "ne … plus", "n'… rien": "plus" and "rien" negate only after "ne". */
    private static boolean neBefore(List<Token> tokens, int index) {
        for (int back = 1; back <= 3 && index - back >= 0; back++) {
            Token token = tokens.get(index - back);
            if (token.is("ne") || token.is("n")) {
                return true;
            }
        }
        return false;
    }

    private boolean sentimentFollows(List<Token> tokens, Modifier[] modifiers, int index) {
        int next = index + 1;
        while (next < tokens.size() && modifiers[next] != null && modifiers[next] != Modifier.CONTRAST) {
            next++;
        }
        if (next >= tokens.size() || !tokens.get(next).isWord()) {
            return false;
        }
        return lexicons.french.at(tokens, next) != null || lexicons.english.at(tokens, next) != null;
    }

    /**
     * The modifier role of each token (null for none), phrases ("un peu", "par contre") spanning several. Words
     * inside a sentiment phrase ("pas terrible", "toujours pas", "plus jamais") have none: the phrase is scored
     * as a whole.
     */
    private Modifier[] modifiers(List<Token> tokens, TextLanguage language) {
        TermTable<Modifier> primary = language == TextLanguage.EN ? lexicons.englishModifiers : lexicons.frenchModifiers;
        TermTable<Modifier> secondary = primary == lexicons.frenchModifiers ? lexicons.englishModifiers
                : lexicons.frenchModifiers;
        TermTable<Double> sentiments = language == TextLanguage.EN ? lexicons.english : lexicons.french;
        Modifier[] roles = new Modifier[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).isWord() && tokens.get(i).kind() != Token.Kind.EMOJI) {
                continue;
            }
            TermTable.Match<Double> phrase = tokens.get(i).isWord() ? sentiments.at(tokens, i) : null;
            if (phrase != null && phrase.length() > 1) {
                i += phrase.length() - 1;
                continue;
            }
            TermTable.Match<Modifier> match = primary.at(tokens, i);
            if (match == null) {
                match = secondary.at(tokens, i);
                if (match != null && match.length() == 1 && language != TextLanguage.OTHER
                        && isOtherLanguageOnly(tokens.get(i), language)) {
                    match = null; // "dont" is "whose" in French, "si" is "if"
                }
            }
            if (match != null) {
                for (int j = 0; j < match.length(); j++) {
                    roles[i + j] = match.value();
                }
                i += match.length() - 1;
            }
        }
        return roles;
    }

    private boolean isOtherLanguageOnly(Token token, TextLanguage language) {
        return language == TextLanguage.FR ? lexicons.frenchStopWords.contains(token.key())
                || token.key().equals("dont") || token.key().equals("si")
                : lexicons.englishStopWords.contains(token.key());
    }

    /** Where an irony marker is, or -1. */
    private static int irony(List<Token> tokens, Modifier[] modifiers) {
        for (int i = 0; i < modifiers.length; i++) {
            if (modifiers[i] == Modifier.IRONY) {
                return i;
            }
        }
        return -1;
    }

    private static int lastContrast(Modifier[] modifiers) {
        for (int i = modifiers.length - 1; i > 0; i--) { // a contrast word opening the text contrasts nothing
            if (modifiers[i] == Modifier.CONTRAST) {
                return i;
            }
        }
        return -1;
    }
}
