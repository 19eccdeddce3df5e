package io.igbridge.moderation;

/**
 * Classifies a customer's text. Implementations never throw for any text (null and blank included) and are safe to
 * call from several threads at once.
 */
public interface SentimentAnalyzer {

    Classification classify(String text);
}
