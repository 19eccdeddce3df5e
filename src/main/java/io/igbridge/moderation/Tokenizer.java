package io.igbridge.moderation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts a comment into {@link Token}s in one pass: words, emojis, emoticons, mentions, links and the punctuation
 * that matters (clause ends, {@code ?}, {@code !}). French elisions are split ("j'adore" → "j", "adore"; "c'est" →
 * "c", "est") while English contractions stay whole ("don't", "isn't"), because negation looks for them.
 */
final class Tokenizer {

    static final int MAX_CHARACTERS = 5_000;

    private static final Set<String> EMOTICONS = Set.of(":)", ":-)", ":(", ":-(", ":D", ":-D", ";)", ";-)", ":p", ":P",
            ":-p", ":-P", ":/", ":-/", ":'(", ":o", ":O", ":|", "<3", "</3", "xD", "XD", "^^", "^_^", ":*", "=)", "=(",
            ">:(", "-_-", ":s", ":S", "T_T");
    /** The characters an emoticon can start with: the others are not looked up. */
    private static final String EMOTICON_STARTS = ":;<xX^=>-T";
    private static final Set<String> TOP_LEVEL_DOMAINS = Set.of("com", "net", "org", "io", "co", "ly", "fr", "be",
            "ch", "ca", "uk", "de", "me", "shop", "store", "link", "xyz", "app", "site", "online", "info", "biz", "gg");
    private static final Set<String> CONTRACTION_ENDINGS = Set.of("t", "s", "re", "ve", "ll", "d", "m");

    private Tokenizer() {
    }

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        String input = text.length() > MAX_CHARACTERS ? text.substring(0, MAX_CHARACTERS) : text;
        int i = 0;
        while (i < input.length()) {
            int next = readOne(input, i, tokens);
            i = next > i ? next : i + 1;
        }
        return tokens;
    }

    private static int readOne(String text, int start, List<Token> tokens) {
        char c = text.charAt(start);
        int emoticonEnd = emoticonAt(text, start);
        if (emoticonEnd > start) {
            String emoticon = text.substring(start, emoticonEnd);
            String lower = emoticon.toLowerCase(java.util.Locale.ROOT);
            tokens.add(new Token(Token.Kind.EMOTICON, lower, lower, false));
            return emoticonEnd;
        }
        if (Character.isLetterOrDigit(c)) {
            if (startsWithLink(text, start)) {
                int end = until(text, start, Character::isWhitespace);
                tokens.add(new Token(Token.Kind.LINK, text.substring(start, end), "link", false));
                return end;
            }
            return word(text, start, tokens);
        }
        if (c == '@' || c == '#') {
            int end = until(text, start + 1, ch -> !(Character.isLetterOrDigit(ch) || ch == '_' || ch == '.'));
            if (c == '@' && end > start + 1) {
                tokens.add(new Token(Token.Kind.MENTION, text.substring(start, end), "@", false));
                return end;
            }
            return start + 1; // a hashtag's words count as words
        }
        if (c == '?' || c == '!' || c == '.' || c == ',' || c == ';' || c == ':') {
            tokens.add(new Token(Token.Kind.PUNCTUATION, String.valueOf(c), String.valueOf(c), false));
            return start + 1;
        }
        int codePoint = text.codePointAt(start);
        if (isEmoji(codePoint)) {
            String emoji = new String(Character.toChars(codePoint));
            tokens.add(new Token(Token.Kind.EMOJI, emoji, emoji, false));
        }
        return start + Character.charCount(codePoint);
    }

    private static int word(String text, int start, List<Token> tokens) {
        int end = start;
        int upper = 0;
        int letters = 0;
        while (end < text.length()) {
            char c = text.charAt(end);
            if (Character.isLetterOrDigit(c)) {
                letters++;
                upper += Character.isUpperCase(c) ? 1 : 0;
                end++;
            } else if ((c == '\'' || c == '’') && end + 1 < text.length() && Character.isLetter(text.charAt(end + 1))) {
                if (!englishContraction(text, start, end)) {
                    break; // a French elision: "j'adore" is "j" then "adore"
                }
                end++;
            } else {
                break;
            }
        }
        int domainEnd = domainEnd(text, end);
        if (domainEnd > end) {
            tokens.add(new Token(Token.Kind.LINK, text.substring(start, domainEnd), "link", false));
            return domainEnd;
        }
        String written = text.substring(start, end);
        String lower = written.toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
        tokens.add(new Token(Token.Kind.WORD, lower, Folding.fold(lower), letters >= 2 && upper == letters));
        if (end < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’')) {
            return end + 1;
        }
        return end;
    }

    /** "don't", "it's", "you're", "I'm": an apostrophe followed by an English ending and then the word's end. */
    private static boolean englishContraction(String text, int start, int apostrophe) {
        int end = apostrophe + 1;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        String ending = text.substring(apostrophe + 1, end).toLowerCase(java.util.Locale.ROOT);
        if (!CONTRACTION_ENDINGS.contains(ending)) {
            return false;
        }
        // "n't" after an English verb; "qu'est" or "l'm" are not contractions
        char before = Character.toLowerCase(text.charAt(apostrophe - 1));
        return ending.equals("t") ? before == 'n' : apostrophe - start >= 1 && !isFrenchElision(text, start, apostrophe);
    }

    private static boolean isFrenchElision(String text, int start, int apostrophe) {
        String head = text.substring(start, apostrophe).toLowerCase(java.util.Locale.ROOT);
        return switch (head) {
            case "j", "l", "d", "c", "n", "m", "t", "s", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu" -> true;
            default -> false;
        };
    }

    /** "bit.ly/x", "shop.com", "amzn-rewards-gift.com": where a web address that started a word ends, or {@code end}. */
    private static int domainEnd(String text, int end) {
        int at = end;
        while (at < text.length() && (text.charAt(at) == '-' || Character.isLetterOrDigit(text.charAt(at)))) {
            at++; // "amzn-rewards-gift" before ".com"
        }
        if (at >= text.length() || text.charAt(at) != '.') {
            return end;
        }
        int tldEnd = at + 1;
        while (tldEnd < text.length() && Character.isLetter(text.charAt(tldEnd))) {
            tldEnd++;
        }
        String tld = text.substring(at + 1, tldEnd).toLowerCase(java.util.Locale.ROOT);
        boolean ends = tldEnd == text.length() || text.charAt(tldEnd) == '/' || Character.isWhitespace(text.charAt(tldEnd));
        return ends && TOP_LEVEL_DOMAINS.contains(tld) ? until(text, tldEnd, Character::isWhitespace) : end;
    }

    private static boolean startsWithLink(String text, int start) {
        return text.startsWith("http", start) || text.startsWith("www.", start);
    }

    private static int emoticonAt(String text, int start) {
        if (EMOTICON_STARTS.indexOf(text.charAt(start)) < 0) {
            return start;
        }
        for (int length = 4; length >= 2; length--) {
            if (start + length <= text.length() && EMOTICONS.contains(text.substring(start, start + length))) {
                boolean wordAfter = start + length < text.length()
                        && Character.isLetterOrDigit(text.charAt(start + length));
                boolean wordBefore = start > 0 && Character.isLetterOrDigit(text.charAt(start - 1));
                char first = text.charAt(start);
                if (Character.isLetter(first) && (wordAfter || wordBefore)) {
                    continue; // "xD" inside "xDrive", "T_T" inside a word
                }
                if (first == ':' && wordAfter && length == 2) {
                    continue; // "Prix:Dix", a time "10:30"
                }
                return start + length;
            }
        }
        return start;
    }

    private static boolean isEmoji(int codePoint) {
        return (codePoint >= 0x1F300 && codePoint <= 0x1FAFF && !(codePoint >= 0x1F3FB && codePoint <= 0x1F3FF))
                || (codePoint >= 0x2600 && codePoint <= 0x27BF) || codePoint == 0x2B50 || codePoint == 0x2764
                || codePoint == 0x2B06 || codePoint == 0x2B07 || codePoint == 0x203C;
    }

    private static int until(String text, int from, java.util.function.IntPredicate stop) {
        int end = from;
        while (end < text.length() && !stop.test(text.charAt(end))) {
            end++;
        }
        return end;
    }
}
