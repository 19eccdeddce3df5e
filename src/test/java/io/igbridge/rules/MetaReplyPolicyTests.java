package io.igbridge.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.igbridge.events.InstagramEvent;
import io.igbridge.events.MessageReceived;
import io.igbridge.events.ReactionAdded;
import io.igbridge.rules.MetaReplyPolicy.Refusal;
import org.junit.jupiter.api.Test;

/**
 * Meta's rules the engine enforces whatever the rules file says: each refused event, taken from Meta's real
 * payloads, gets no decision even from a rule that answers everything.
 */
class MetaReplyPolicyTests {

    final MetaReplyPolicy policy = new MetaReplyPolicy();
    final RulesUnderTest answerEverything = RulesUnderTest.of("""
            rules:
              - {name: tag-all, trigger: any, actions: [tag: seen]}
            """);

    private void assertRefused(InstagramEvent event, Refusal refusal) {
        assertThat(policy.refusal(event, event.accountId())).contains(refusal);
        assertThat(answerEverything.decide(event)).isEmpty();
    }

    @Test
    void anEchoOfTheAccountsOwnMessageIsNeverAnswered() {
        assertRefused(Events.fixture("messaging/message-echo.json"), Refusal.ECHO);
    }

    @Test
    void theAccountsOwnCommentIsNeverAnswered() {
        assertRefused(Events.fixture("changes/comment-self.json"), Refusal.OWN_COMMENT);
    }

    @Test
    void aCommentFromTheAccountIdIsTheAccountsOwnEvenWithoutSelfIgScopedId() {
        assertRefused(Events.comment().from(Events.ACCOUNT, "atelier.lin").text("Merci !").build(),
                Refusal.OWN_COMMENT);
    }

    @Test
    void aCommentWithSelfIgScopedIdIsTheAccountsOwnWhateverItsFromId() {
        assertRefused(Events.comment().from("999", "atelier.lin").selfIgScopedId("6712345678901234").build(),
                Refusal.OWN_COMMENT);
    }

    @Test
    void aCommentFromTheConfiguredAccountIdIsTheAccountsOwn() {
        var comment = Events.comment().from("17841400000000099", "atelier.lin").build();

        assertThat(policy.refusal(comment, "17841400000000099")).contains(Refusal.OWN_COMMENT);
    }

    @Test
    void aDeletedMessageIsNeverAnswered() {
        assertRefused(Events.fixture("messaging/message-deleted.json"), Refusal.DELETED);
    }

    @Test
    void anUnsupportedMessageIsNeverAnswered() {
        assertRefused(Events.fixture("messaging/message-unsupported.json"), Refusal.UNSUPPORTED);
    }

    @Test
    void aMessageTheAccountSentItselfIsNeverAnswered() {
        assertRefused(Events.fixture("messaging/message-self.json"), Refusal.SELF_MESSAGE);
    }

    @Test
    void theDashboardTestPayloadIsNeverAnswered() {
        assertRefused(Events.fixture("dashboard/test-button.json"), Refusal.DASHBOARD_TEST);
    }

    @Test
    void eachOfTheDashboardsDummyIdsAloneMarksATest() {
        MessageReceived real = Events.dm("bonjour");
        var dummyMid = new MessageReceived(real.header(), real.senderId(), real.recipientId(), "random_mid",
                real.content(), false, false);
        var dummySender = new MessageReceived(real.header(), "12334", real.recipientId(), real.mid(),
                real.content(), false, false);

        assertThat(policy.refusal(dummyMid, Events.ACCOUNT)).contains(Refusal.DASHBOARD_TEST);
        assertThat(policy.refusal(dummySender, Events.ACCOUNT)).contains(Refusal.DASHBOARD_TEST);
        assertThat(policy.refusal(real, "0")).contains(Refusal.DASHBOARD_TEST);
        assertThat(policy.refusal(real, Events.ACCOUNT)).isEmpty();
    }

    @Test
    void aReactionByTheAccountItselfIsNeverAnswered() {
        var own = new ReactionAdded(Events.header("reaction"), Events.ACCOUNT, Events.ANNA,
                "mid.1", "love", "❤️");

        assertRefused(own, Refusal.OWN_ACTIVITY);
    }

    @Test
    void customersMessagesAndCommentsAreAnswered() {
        for (String fixture : new String[] {"messaging/message-text.json", "changes/comment.json",
                "changes/comment-reply.json", "seed/dm.json", "seed/comment.json"}) {
            InstagramEvent event = Events.fixture(fixture);
            assertThat(policy.refusal(event, event.accountId())).as(fixture).isEmpty();
            assertThat(answerEverything.decide(event)).as(fixture).hasSize(1);
        }
    }
}
