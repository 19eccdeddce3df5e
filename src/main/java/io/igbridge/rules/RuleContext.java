package io.igbridge.rules;

import java.time.Instant;
import java.util.Optional;

/**
 * One event being decided: the input, its {@link EventView}, and what rules ask about it, each computed at most
 * once however many rules ask (the normalized text, the guessed language, whether it is a first message).
 */
final class RuleContext {

    private final RuleInput input;
    private final EventView event;
    private final LanguageGuess languageGuess;
    private final ConversationFacts facts;
    private NormalizedText text;
    private Optional<Language> language;
    private Boolean firstMessage;

    RuleContext(RuleInput input, EventView event, LanguageGuess languageGuess, ConversationFacts facts) {
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

    boolean isFirstMessage() {
        if (firstMessage == null) {
            firstMessage = event.userId() != null
                    && facts.isFirstMessage(input.accountId(), event.userId(), input.event());
        }
        return firstMessage;
    }
}
