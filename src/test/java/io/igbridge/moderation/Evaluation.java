package io.igbridge.moderation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/** A classifier's figures on a labelled set, per language: sentiment accuracy and macro-F1, and binary F1s. */
record Evaluation(Map<TextLanguage, Figures> byLanguage, List<String> misses) {

    record Figures(int comments, double accuracy, double macroF1, double languageAccuracy, double abusiveF1,
                   double spamF1, double questionF1) {

        String line(TextLanguage language) {
            return String.format(Locale.ROOT, "%s: %d comments, sentiment accuracy %.3f, macro-F1 %.3f | language"
                    + " %.3f | abusive F1 %.3f | spam F1 %.3f | question F1 %.3f", language.code(), comments,
                    accuracy, macroF1, languageAccuracy, abusiveF1, spamF1, questionF1);
        }
    }

    static Evaluation of(SentimentAnalyzer analyzer, List<LabelledComment> comments) {
        Map<TextLanguage, Figures> figures = new EnumMap<>(TextLanguage.class);
        List<String> misses = new ArrayList<>();
        for (TextLanguage language : List.of(TextLanguage.FR, TextLanguage.EN)) {
            List<LabelledComment> set = comments.stream().filter(c -> c.language() == language).toList();
            List<Classification> got = set.stream().map(c -> analyzer.classify(c.text())).toList();
            for (int i = 0; i < set.size(); i++) {
                LabelledComment expected = set.get(i);
                Classification actual = got.get(i);
                if (expected.sentiment() != actual.sentiment() || expected.abusive() != actual.abusive()
                        || expected.spam() != actual.spam() || expected.question() != actual.question()) {
                    misses.add(String.format(Locale.ROOT, "line %d [%s %s%s%s%s] got [%s %s%s%s%s] %s  %s",
                            expected.line(), expected.language().code(), expected.sentiment().code(),
                            expected.abusive() ? " abusive" : "", expected.spam() ? " spam" : "",
                            expected.question() ? " question" : "", actual.language().code(),
                            actual.sentiment().code(), actual.abusive() ? " abusive" : "",
                            actual.spam() ? " spam" : "", actual.question() ? " question" : "", expected.text(),
                            actual.reasons()));
                }
            }
            figures.put(language, figures(set, got));
        }
        return new Evaluation(figures, misses);
    }

    private static Figures figures(List<LabelledComment> set, List<Classification> got) {
        int correct = 0;
        int languageCorrect = 0;
        for (int i = 0; i < set.size(); i++) {
            correct += set.get(i).sentiment() == got.get(i).sentiment() ? 1 : 0;
            languageCorrect += set.get(i).language() == got.get(i).language() ? 1 : 0;
        }
        double macro = 0;
        for (Sentiment sentiment : Sentiment.values()) {
            macro += f1(set, got, c -> c.sentiment() == sentiment, c -> c.sentiment() == sentiment);
        }
        return new Figures(set.size(), (double) correct / set.size(), macro / Sentiment.values().length,
                (double) languageCorrect / set.size(), f1(set, got, LabelledComment::abusive, Classification::abusive),
                f1(set, got, LabelledComment::spam, Classification::spam),
                f1(set, got, LabelledComment::question, Classification::question));
    }

    private static double f1(List<LabelledComment> set, List<Classification> got, Predicate<LabelledComment> expected,
                             Predicate<Classification> actual) {
        int truePositives = 0;
        int predicted = 0;
        int relevant = 0;
        for (int i = 0; i < set.size(); i++) {
            boolean isExpected = expected.test(set.get(i));
            boolean isPredicted = actual.test(got.get(i));
            truePositives += isExpected && isPredicted ? 1 : 0;
            predicted += isPredicted ? 1 : 0;
            relevant += isExpected ? 1 : 0;
        }
        if (truePositives == 0) {
            return predicted == 0 && relevant == 0 ? 1 : 0;
        }
        double precision = (double) truePositives / predicted;
        double recall = (double) truePositives / relevant;
        return 2 * precision * recall / (precision + recall);
    }
}
