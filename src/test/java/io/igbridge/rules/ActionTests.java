package io.igbridge.rules;

import static io.igbridge.rules.Events.ACCOUNT;
import static io.igbridge.rules.Events.ANNA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import io.igbridge.events.CommentReceived;
import io.igbridge.outbox.AskForContact;
import io.igbridge.outbox.ContactField;
import io.igbridge.outbox.HideComment;
import io.igbridge.outbox.Notify;
import io.igbridge.outbox.ReplyToComment;
import io.igbridge.outbox.ReplyToMention;
import io.igbridge.outbox.SendDirectMessage;
import io.igbridge.outbox.SendPrivateReply;
import org.junit.jupiter.api.Test;

/** Each action becomes the outbox action (or tag) it names, for each trigger it can answer. */
class ActionTests {

    @Test
    void aCommentCanBeHiddenAnsweredInPrivateTaggedAndReportedToTheTeam() {
        var rules = RulesUnderTest.of("""
                rules:
                  - name: spam
                    trigger: comment
                    when:
                      match: regex
                      any: ['https?://']
                    actions:
                      - hide_comment
                      - private_reply: "Votre commentaire contenait un lien ; nous l'avons masqué."
                      - tag: spam
                      - notify: {text: "Commentaire masqué : {text}", group: moderation}
                """);
        CommentReceived comment = Events.comment("Promo http://spam.example");

        var decisions = rules.decide(comment);

        assertThat(decisions).extracting(RuleDecision::ruleName).containsOnly("spam");
        assertThat(decisions.get(0).action()).isEqualTo(new HideComment(ACCOUNT, comment.commentId(), true));
        assertThat(decisions.get(1).action()).isEqualTo(new SendPrivateReply(ACCOUNT, comment.commentId(),
                "Votre commentaire contenait un lien ; nous l'avons masqué."));
        assertThat(decisions.get(2).isTag()).isTrue();
        assertThat(decisions.get(2).tag()).isEqualTo("spam");
        assertThat(decisions.get(3).action()).isEqualTo(new Notify("", "moderation",
                "Commentaire masqué : Promo http://spam.example"));
    }

    @Test
    void aNotificationsGroupIsItsRulesNameUnlessGiven() {
        var rules = RulesUnderTest.of("""
                rules:
                  - name: complaint
                    trigger: dm
                    when: {any: [remboursement]}
                    actions:
                      - notify: "Demande de remboursement : {text}"
                """);

        assertThat(rules.actions(Events.dm("Je veux un remboursement")))
                .containsExactly(new Notify("", "complaint", "Demande de remboursement : Je veux un remboursement"));
    }

    @Test
    void aReplyToAMentionIsACommentOnTheMentioningMedia() {
        var rules = RulesUnderTest.of("""
                rules:
                  - name: thanks-for-mention
                    trigger: mention
                    actions:
                      - reply_comment: "Merci pour la mention ! 😊"
                """);

        assertThat(rules.actions(Events.mention("18000000000000007", "17890000000000008"))).containsExactly(
                new ReplyToMention(ACCOUNT, "18000000000000007", "17890000000000008", "Merci pour la mention ! 😊"));
    }

    @Test
    void aPublicReplyOrAHideOnALiveCommentIsRefusedBecauseMetaAllowsNeither() {
        assertThatThrownBy(() -> RulesUnderTest.of("""
                rules:
                  - name: live-thanks
                    trigger: live_comment
                    actions:
                      - reply_comment: "Merci d'être en direct avec nous !"
                      - hide_comment
                """)).isInstanceOf(RulesFileException.class)
                .hasMessageContaining("reply_comment can't answer trigger live_comment")
                .hasMessageContaining("hide_comment can't answer trigger live_comment");
    }

    @Test
    void storyMentionsStoryRepliesReactionsPostbacksAndQuickRepliesAreAnsweredByDm() {
        var rules = RulesUnderTest.of("""
                rules:
                  - name: story-mention
                    trigger: story_mention
                    actions: [reply_dm: "Merci pour la mention dans votre story !"]
                  - name: story-reply
                    trigger: story_reply
                    actions: [reply_dm: "Merci pour votre réponse à notre story !"]
                  - name: reaction
                    trigger: reaction
                    when: {any: [love]}
                    actions: [reply_dm: "❤️"]
                  - name: ice-breaker
                    trigger: postback
                    when: {payload: PRICES}
                    actions: [reply_dm: "Nos tarifs : {prices_url}"]
                  - name: quick-reply
                    trigger: quick_reply
                    when: {payload: CONTACT}
                    actions: [reply_dm: "Un conseiller vous répond."]
                """);

        assertThat(rules.actions(Events.storyMention()))
                .containsExactly(new SendDirectMessage(ACCOUNT, ANNA, "Merci pour la mention dans votre story !", false));
        assertThat(rules.texts(Events.storyReply("Trop beau", "179"))).containsExactly(
                "Merci pour votre réponse à notre story !");
        assertThat(rules.texts(Events.reaction("love", "❤️"))).containsExactly("❤️");
        assertThat(rules.decide(Events.reaction("angry", "😠"))).isEmpty();
        assertThat(rules.texts(Events.postback("Vos tarifs ?", "PRICES"))).containsExactly(
                "Nos tarifs : https://example.com/prix");
        assertThat(rules.texts(Events.quickReply("Parler à quelqu'un", "CONTACT"))).containsExactly(
                "Un conseiller vous répond.");
        assertThat(rules.decide(Events.dm("Trop beau"))).as("a plain DM is none of these").isEmpty();
    }

    @Test
    void theRealFixturesHaveTheTriggersTheirShapesSay() {
        assertThat(EventView.of(Events.fixture("messaging/attachment-story-mention.json")).orElseThrow().trigger())
                .isEqualTo(Trigger.STORY_MENTION);
        assertThat(EventView.of(Events.fixture("messaging/message-reply-to-story.json")).orElseThrow().trigger())
                .isEqualTo(Trigger.STORY_REPLY);
        assertThat(EventView.of(Events.fixture("messaging/message-quick-reply.json")).orElseThrow().trigger())
                .isEqualTo(Trigger.QUICK_REPLY);
        assertThat(EventView.of(Events.fixture("messaging/postback-ice-breaker.json")).orElseThrow().trigger())
                .isEqualTo(Trigger.POSTBACK);
        assertThat(EventView.of(Events.fixture("messaging/reaction-react.json")).orElseThrow().trigger())
                .isEqualTo(Trigger.REACTION);
        assertThat(EventView.of(Events.fixture("changes/live-comment.json")).orElseThrow().trigger())
                .isEqualTo(Trigger.LIVE_COMMENT);
        assertThat(EventView.of(Events.fixture("changes/mention-comment.json")).orElseThrow().trigger())
                .isEqualTo(Trigger.MENTION);
        assertThat(EventView.of(Events.fixture("messaging/message-text.json")).orElseThrow().trigger())
                .isEqualTo(Trigger.DM);
        assertThat(EventView.of(Events.fixture("messaging/read.json"))).isEmpty();
    }

    @Test
    void anyTriggerAnswersEveryKindOfEvent() {
        var rules = RulesUnderTest.of("""
                rules:
                  - name: everything
                    trigger: any
                    actions: [tag: seen]
                """);

        assertThat(rules.decide(Events.dm("x"))).hasSize(1);
        assertThat(rules.decide(Events.comment("x"))).hasSize(1);
        assertThat(rules.decide(Events.mention("1", null))).hasSize(1);
        assertThat(rules.decide(Events.reaction("love", "❤️"))).hasSize(1);
        assertThat(rules.decide(Events.storyMention())).hasSize(1);
    }

    @Test
    void priorityOrdersRulesAndStopFalseLetsTheNextOnesFire() {
        var rules = RulesUnderTest.of("""
                rules:
                  - name: low
                    trigger: dm
                    priority: 1
                    actions: [tag: low]
                  - name: high
                    trigger: dm
                    priority: 5
                    stop: false
                    actions: [tag: high]
                  - name: middle
                    trigger: dm
                    priority: 3
                    actions: [tag: middle]
                  - name: also-middle
                    trigger: dm
                    priority: 3
                    actions: [tag: also-middle]
                """);

        assertThat(rules.decide(Events.dm("x"))).extracting(RuleDecision::tag).containsExactly("high", "middle");
    }

    @Test
    void rulesOfEqualPriorityFireInFileOrder() {
        var rules = RulesUnderTest.of("""
                rules:
                  - {name: first, trigger: dm, stop: false, actions: [tag: first]}
                  - {name: second, trigger: dm, stop: false, actions: [tag: second]}
                  - {name: third, trigger: dm, actions: [tag: third]}
                """);

        assertThat(rules.decide(Events.dm("x"))).extracting(RuleDecision::tag)
                .containsExactly("first", "second", "third");
    }

    @Test
    void aDecisionIsEitherAnActionOrATag() {
        assertThat(RuleDecision.tagged("r", "vip").isTag()).isTrue();
        assertThat(RuleDecision.of("r", new HideComment(ACCOUNT, "1", true)).isTag()).isFalse();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RuleDecision("r", new HideComment(ACCOUNT, "1", true), "vip"));
    }

    @Test
    void askContactAsksForTheEmailAndThePhoneNumberUnlessItsFieldsSayWhichInWhatOrder() {
        var rules = RulesUnderTest.of("""
                rules:
                  - name: quote
                    trigger: [dm, postback]
                    when: {any: [devis, QUOTE]}
                    stop: false
                    actions:
                      - ask_contact: "Pour votre devis, laissez-nous vos coordonnées :"
                  - name: callback
                    trigger: dm
                    when: {any: [rappel]}
                    actions:
                      - ask_contact: {text: "Votre numéro {first_name} ?", fields: [phone]}
                  - name: newsletter
                    trigger: story_reply
                    actions:
                      - ask_contact:
                          text: {fr: "Vos coordonnées pour la newsletter ?", en: "Your details for the newsletter?"}
                          fields: [phone, email]
                """);

        assertThat(rules.actions(Events.dm("Un devis svp"))).containsExactly(new AskForContact(ACCOUNT, ANNA,
                "Pour votre devis, laissez-nous vos coordonnées :", List.of(ContactField.EMAIL, ContactField.PHONE)));
        assertThat(rules.actions(Events.postback("Demander un devis", "QUOTE"))).containsExactly(new AskForContact(
                ACCOUNT, ANNA, "Pour votre devis, laissez-nous vos coordonnées :",
                List.of(ContactField.EMAIL, ContactField.PHONE)));
        assertThat(rules.actions(Events.dm("Un rappel demain ?"))).containsExactly(
                new AskForContact(ACCOUNT, ANNA, "Votre numéro ?", List.of(ContactField.PHONE)));
        assertThat(rules.actions(Events.storyReply("Hello, what a lovely story", "179"))).containsExactly(
                new AskForContact(ACCOUNT, ANNA, "Your details for the newsletter?",
                        List.of(ContactField.PHONE, ContactField.EMAIL)));
    }
}
