package io.igbridge.rules;

import java.time.Instant;
import java.util.Optional;

import io.igbridge.moderation.Classification;
import io.igbridge.moderation.SentimentAnalyzer;

/**
 * One event being decided: the input, its {@link EventView}, and what rules ask about it, each computed at most
 * once however many rules ask (the normalized text, the guessed language, whether it is a first message).
 */
final class RuleContext {

    private final RuleInput input;
    private final EventView event;
    private final LanguageGuess languageGuess;
    private final ConversationFacts facts;
    private final SentimentAnalyzer analyzer;
    private NormalizedText text;
    private Classification classification;
    private Optional<Language> language;
    private Boolean firstMessage;

    RuleContext(RuleInput input, EventView event, LanguageGuess languageGuess, ConversationFacts facts,
                SentimentAnalyzer analyzer) {
        this.analyzer = analyzer;
        this.input = input;
        this.event = event;
        this.languageGuess = languageGuess;
        this.facts = facts;
    }

    EventView event() {
        return event;
    }

    RuleInput input() {
        return input;
    }

    String accountId() {
        return input.accountId();
    }

    Instant now() {
        return input.now();
    }

    NormalizedText text() {
        if (text == null) {
            text = event.text() == null ? NormalizedText.EMPTY : NormalizedText.of(event.text());
        }
        return text;
    }

    Optional<Language> language() {
        if (language == null) {
            language = event.text() == null || event.text().isBlank() ? Optional.empty()
                    : languageGuess.guess(event.text());
        }
        return language;
    }

    /** What moderation finds in the text; null for an event without text or when moderation is off. */
    Classification classification() {
        if (classification == null && analyzer != null && event.text() != null && !event.text().isBlank()) {
            classification = analyzer.classify(event.text());
        }
        return classification;
    }

    /** A comment the moderation policy keeps rules away from, unless they ask for it: negative, abusive or spam. */
    boolean isUnwelcomeComment() {
        if (event.trigger() != Trigger.COMMENT && event.trigger() != Trigger.LIVE_COMMENT) {
            return false;
        }
        Classification found = classification();
        return found != null && (found.negative() || found.spam());
    }

    boolean isFirstMessage() {
        if (firstMessage == null) {
            firstMessage = event.userId() != null
                    && facts.isFirstMessage(input.accountId(), event.userId(), input.event());
        }
        return firstMessage;
    }
}
