package io.igbridge.rules;

import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import io.igbridge.moderation.Classification;
import io.igbridge.moderation.Sentiment;

/** One condition of a rule's {@code when}; a rule fires when all of them hold. */
sealed interface Condition {

    boolean test(RuleContext context);

    /**
     * How costly a condition is to check; a rule checks its cheap conditions first, so a rule whose keywords
     * don't match never asks {@link ConversationFacts}.
     */
    default int cost() {
        return 0;
    }

    /** {@code any}, {@code all} and {@code none}: a text without words holds no keyword. */
    record Keywords(KeywordList any, KeywordList all, KeywordList none) implements Condition {
        @Override
        public boolean test(RuleContext context) {
            NormalizedText text = context.text();
            return (any == null || any.anyIn(text)) && (all == null || all.allIn(text))
                    && (none == null || !none.anyIn(text));
        }
    }

    /** {@code media_id}, {@code media_product_type}, {@code ad_id}, {@code payload}: the event's value is listed. */
    record FieldIn(Function<EventView, String> field, Set<String> values, boolean ignoreCase) implements Condition {
        @Override
        public boolean test(RuleContext context) {
            String value = field.apply(context.event());
            return value != null && values.contains(ignoreCase ? value.toUpperCase(Locale.ROOT) : value);
        }
    }

    /** {@code language}: the guessed language is listed; a text whose language can't be guessed matches none. */
    record LanguageIn(Set<Language> languages) implements Condition {
        @Override
        public boolean test(RuleContext context) {
            return context.language().map(languages::contains).orElse(false);
        }

        @Override
        public int cost() {
            return 1;
        }
    }

    /**
     * {@code sentiment: positive | negative | neutral} (or a list), {@code abusive}, {@code spam}, {@code question}:
     * what moderation found in the text. A rule with one of these may answer comments the moderation policy keeps
     * other rules away from (negative, abusive, spam).
     */
    record Moderated(Set<Sentiment> sentiments, Boolean abusive, Boolean spam, Boolean question) implements Condition {
        @Override
        public boolean test(RuleContext context) {
            Classification found = context.classification();
            if (found == null) {
                return false;
            }
            return (sentiments == null || sentiments.contains(found.sentiment()))
                    && (abusive == null || abusive == found.abusive()) && (spam == null || spam == found.spam())
                    && (question == null || question == found.question());
        }

        @Override
        public int cost() {
            return 1;
        }
    }

    /** {@code business_hours: inside | outside}. */
    record InBusinessHours(BusinessHours hours, boolean inside) implements Condition {
        @Override
        public boolean test(RuleContext context) {
            return hours.isOpen(context.now()) == inside;
        }

        @Override
        public int cost() {
            return 1;
        }
    }

    /** {@code first_message: true | false}, asked of {@link ConversationFacts}. */
    record FirstMessage(boolean expected) implements Condition {
        @Override
        public boolean test(RuleContext context) {
            return context.isFirstMessage() == expected;
        }

        @Override
        public int cost() {
            return 2;
        }
    }
}
