package io.igbridge.rules;

import java.time.Instant;
import io.igbridge.support.SettableClock;
import java.util.List;

import io.igbridge.moderation.LexiconClassifier;
import io.igbridge.moderation.SentimentAnalyzer;

import io.igbridge.events.InstagramEvent;
import io.igbridge.outbox.Action;
import io.igbridge.outbox.AskForContact;
import io.igbridge.outbox.Notify;
import io.igbridge.outbox.ReplyToComment;
import io.igbridge.outbox.ReplyToMention;
import io.igbridge.outbox.SendDirectMessage;
import io.igbridge.outbox.SendPrivateReply;

/** The rules engine on a rules text, with a movable clock, in-memory cooldowns and settable conversation facts. */
final class RulesUnderTest {

    static final String PRICES_URL = "https://example.com/prix";

    /** The built-in classifier, loaded once for all tests: rules' moderation conditions ask it. */
    static final SentimentAnalyzer CLASSIFIER = new LexiconClassifier();

    final SettableClock clock = new SettableClock(Instant.parse("2026-11-23T10:00:00Z"));
    final InMemoryCooldowns cooldowns = new InMemoryCooldowns();
    /** Every message is a first message unless a test says otherwise. */
    ConversationFacts facts = (account, user, event) -> true;
    final RuleBook book;
    final AutoReplyRules rules;

    private RulesUnderTest(RuleBook book) {
        this.book = book;
        this.rules = new AutoReplyRules(book, cooldowns, (account, user, event) -> facts.isFirstMessage(account, user,
                event), LanguageGuess.stopWords(), CLASSIFIER);
    }

    static RulesUnderTest builtIn() {
        return new RulesUnderTest(RuleBook.builtIn(PRICES_URL, new SettableClock(Instant.parse("2026-11-23T10:00:00Z"))));
    }

    static RulesUnderTest of(String yaml) {
        return new RulesUnderTest(RuleBook.fromYaml("test.yml", yaml, PRICES_URL, new SettableClock(Instant.parse("2026-11-23T10:00:00Z"))));
    }

    List<RuleDecision> decide(InstagramEvent event) {
        return rules.decide(RuleInput.of(event, clock));
    }

    List<Action> actions(InstagramEvent event) {
        return decide(event).stream().filter(decision -> decision.action() != null).map(RuleDecision::action).toList();
    }

    /** The texts of the replies and notifications decided, in order. */
    List<String> texts(InstagramEvent event) {
        return actions(event).stream().map(RulesUnderTest::text).toList();
    }

    static String text(Action action) {
        if (action instanceof SendDirectMessage dm) {
            return dm.text();
        }
        if (action instanceof AskForContact ask) {
            return ask.text();
        }
        if (action instanceof SendPrivateReply reply) {
            return reply.text();
        }
        if (action instanceof ReplyToComment reply) {
            return reply.text();
        }
        if (action instanceof ReplyToMention reply) {
            return reply.text();
        }
        if (action instanceof Notify notify) {
            return notify.text();
        }
        return "<" + action.type() + ">";
    }
}
