package io.igbridge.moderation;

import java.util.List;
import java.util.Objects;

/**
 * What a text says, with the reasons that decided it (the matched terms and what changed them), so a moderator
 * can see why.
 *
 * @param score    the sentiment's strength from -1 (very negative) to 1 (very positive); 0 is neutral
 * @param reasons  in reading order, e.g. {@code "negative: arnaque (-0.6)"}, {@code "negated by pas: super"}
 * @param analyzer who classified: {@code built-in}, or {@code remote} for the configured model
 */
public record Classification(TextLanguage language, Sentiment sentiment, double score, boolean abusive,
                             boolean spam, boolean question, List<String> reasons, String analyzer) {

    public Classification {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(sentiment, "sentiment");
        score = Double.isFinite(score) ? Math.max(-1, Math.min(1, score)) : 0;
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** A comment or DM the policy treats as negative: negative sentiment, or abusive. */
    public boolean negative() {
        return sentiment == Sentiment.NEGATIVE || abusive;
    }

    /** The same classification, decided by another analyzer, with one more reason at the end. */
    public Classification withNote(String analyzer, String reason) {
        List<String> all = new java.util.ArrayList<>(reasons);
        all.add(reason);
        return new Classification(language, sentiment, score, abusive, spam, question, all, analyzer);
    }
}
