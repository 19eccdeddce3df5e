package io.igbridge.moderation;

import java.util.ArrayList;
import java.util.List;

/**
 * The built-in classifier: open French and English lexicons (NOTICE) scored with negation, intensity, contrast,
 * emojis and emoticons (see {@link SentimentScorer}), plus abuse, spam and question checks; every decision comes
 * with the terms that made it. An abusive text is negative; spam is neutral, whatever its words say, so it is
 * never thanked. Needs no network and about {@code docs/benchmarks.md}'s microseconds per comment.
 */
public final class LexiconClassifier implements SentimentAnalyzer {

    /** A score at least this far from 0 is positive or negative; closer is neutral. */
    static final double THRESHOLD = 0.15;
    public static final String NAME = "built-in";

    private final LanguageCheck languages;
    private final SentimentScorer sentiment;
    private final AbuseCheck abuse;
    private final SpamCheck spam;
    private final QuestionCheck questions;

    public LexiconClassifier() {
        this(Lexicons.load());
    }

    LexiconClassifier(Lexicons lexicons) {
        this.languages = new LanguageCheck(lexicons);
        this.sentiment = new SentimentScorer(lexicons);
        this.abuse = new AbuseCheck(lexicons);
        this.spam = new SpamCheck(lexicons);
        this.questions = new QuestionCheck(lexicons);
    }

    @Override
    public Classification classify(String text) {
        String bounded = text == null ? "" : text.length() > Tokenizer.MAX_CHARACTERS
                ? text.substring(0, Tokenizer.MAX_CHARACTERS) : text;
        List<Token> tokens = Tokenizer.tokenize(bounded);
        List<String> reasons = new ArrayList<>();
        TextLanguage language = languages.of(tokens);
        double score = sentiment.score(tokens, language, reasons);
        boolean abusive = abuse.isAbusive(tokens, reasons);
        boolean isSpam = spam.isSpam(tokens, reasons);
        boolean question = questions.isQuestion(bounded, tokens, reasons);
        Sentiment verdict = score >= THRESHOLD ? Sentiment.POSITIVE
                : score <= -THRESHOLD ? Sentiment.NEGATIVE : Sentiment.NEUTRAL;
        if (abusive && verdict != Sentiment.NEGATIVE) {
            verdict = Sentiment.NEGATIVE;
            score = Math.min(score, -0.5);
            reasons.add("negative because abusive");
        } else if (isSpam && verdict != Sentiment.NEUTRAL) {
            verdict = Sentiment.NEUTRAL;
            reasons.add(Reasons.appendSigned(new StringBuilder("neutral because spam, words scored"), score).toString());
            score = 0;
        }
        return new Classification(language, verdict, Math.round(score * 1000) / 1000.0, abusive, isSpam, question,
                reasons, NAME);
    }
}
