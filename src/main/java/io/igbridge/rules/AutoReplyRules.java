package io.igbridge.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.igbridge.moderation.SentimentAnalyzer;

/**
 * Decides what the auto-reply rules do with an event: the first matching rule wins (higher priority first, then
 * file order), unless it says {@code stop: false}, which lets the next matching rules fire too. A negative, abusive
 * or spam comment is answered (replied to, in public or in private) only by rules that ask for it with a moderation
 * condition; rules that hide, notify or tag still see it. A rule whose
 * per-user cooldown is running is skipped as if it did not match. Events Meta's rules forbid answering (echoes,
 * the account's own comments, deleted or unsupported messages, the dashboard's Test payload) get no decision.
 * Deterministic for a given input, rules and cooldown state; it sends nothing and writes nothing but cooldowns.
 */
public final class AutoReplyRules {

    private final java.util.function.Function<String, RuleBook> ruleBooks;
    private final Cooldowns cooldowns;
    private final ConversationFacts conversationFacts;
    private final LanguageGuess languageGuess;
    private final SentimentAnalyzer analyzer;
    private final MetaReplyPolicy metaPolicy = new MetaReplyPolicy();

    /** Rules without moderation: {@code sentiment}, {@code abusive}, … never hold, and every comment may be answered. */
    public AutoReplyRules(RuleBook ruleBook, Cooldowns cooldowns, ConversationFacts conversationFacts,
                          LanguageGuess languageGuess) {
        this(ruleBook, cooldowns, conversationFacts, languageGuess, null);
    }

    /**
     * @param analyzer what moderation conditions ask; also keeps rules without one away from negative, abusive and
     *                 spam comments (a complaint is never thanked); null for no moderation
     */
    public AutoReplyRules(RuleBook ruleBook, Cooldowns cooldowns, ConversationFacts conversationFacts,
                          LanguageGuess languageGuess, SentimentAnalyzer analyzer) {
        this(account -> ruleBook, cooldowns, conversationFacts, languageGuess, analyzer);
    }

    /** Each account's events decided by its own rule book ({@link AccountRuleBooks}). */
    AutoReplyRules(AccountRuleBooks ruleBooks, Cooldowns cooldowns, ConversationFacts conversationFacts,
                   LanguageGuess languageGuess, SentimentAnalyzer analyzer) {
        this(ruleBooks::forAccount, cooldowns, conversationFacts, languageGuess, analyzer);
    }

    private AutoReplyRules(java.util.function.Function<String, RuleBook> ruleBooks, Cooldowns cooldowns,
                           ConversationFacts conversationFacts, LanguageGuess languageGuess,
                           SentimentAnalyzer analyzer) {
        this.analyzer = analyzer;
        this.ruleBooks = ruleBooks;
        this.cooldowns = cooldowns;
        this.conversationFacts = conversationFacts;
        this.languageGuess = languageGuess;
    }

    /** The decisions for one event, in the order their rules fired; empty when no rule answers it. */
    public List<RuleDecision> decide(RuleInput input) {
        if (metaPolicy.refusal(input.event(), input.accountId()).isPresent()) {
            return List.of();
        }
        Optional<EventView> event = EventView.of(input.event());
        if (event.isEmpty()) {
            return List.of();
        }
        RuleContext context = new RuleContext(input, event.get(), languageGuess, conversationFacts, analyzer);
        List<RuleDecision> decisions = new ArrayList<>();
        for (Rule rule : ruleBooks.apply(input.accountId()).current().rulesFor(event.get().trigger())) {
            if (input.withHumans() && rule.messagesTheContact()
                    || context.isUnwelcomeComment() && rule.keptFromUnwelcomeComments() || !rule.matches(context)
                    || !cooledDown(rule, context)) {
                continue;
            }
            for (ActionSpec action : rule.actions()) {
                action.decide(rule.name(), context).ifPresent(decisions::add);
            }
            if (rule.stop()) {
                break;
            }
        }
        return List.copyOf(decisions);
    }

    /**
     * Takes the rule's cooldown for this user. An event without a known author (a Facebook Login mention) shares
     * one cooldown per account and rule.
     */
    private boolean cooledDown(Rule rule, RuleContext context) {
        if (rule.cooldown() == null) {
            return true;
        }
        String user = context.event().userId() == null ? "" : context.event().userId();
        return cooldowns.tryAcquire(context.accountId(), user, rule.name(), rule.cooldown(), context.now());
    }
}
