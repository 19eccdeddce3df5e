package io.igbridge.rules;

import java.time.Instant;
import io.igbridge.support.SettableClock;
import static io.igbridge.rules.Events.ACCOUNT;
import static io.igbridge.rules.Events.ANNA;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import io.igbridge.events.CommentReceived;
import io.igbridge.events.MessageReceived;
import io.igbridge.outbox.ReplyToComment;
import io.igbridge.outbox.SendDirectMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The built-in rules reproduce the seed guide's auto-replies, word for word, and answer words, not substrings. */
class DefaultRulesTests {

    static final String GREETING = "Bonjour ! Notre équipe vous répondra bientôt.";
    static final String PRICES = "Consultez nos tarifs sur notre site web : https://example.com/prix";
    static final String THANKS = "Merci beaucoup ! 😊";

    final RulesUnderTest rules = RulesUnderTest.builtIn();

    @ParameterizedTest
    @ValueSource(strings = {"Bonjour !", "hello", "Salut", "HI", "bonjour", "Hi there", "salut, ça va ?"})
    void aGreetingDmGetsTheSeedGuidesGreetingAsADm(String text) {
        assertThat(rules.actions(Events.dm(text)))
                .containsExactly(new SendDirectMessage(ACCOUNT, ANNA, GREETING, false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"prix ?", "Quel est votre PRIX", "les prix?"})
    void aDmAskingForThePriceGetsTheSeedGuidesPriceReply(String text) {
        assertThat(rules.actions(Events.dm(text))).containsExactly(new SendDirectMessage(ACCOUNT, ANNA, PRICES, false));
    }

    @Test
    void thePriceLinkIsASetting() {
        var custom = RuleBook.builtIn("https://atelier-lin.example/tarifs", new SettableClock(Instant.parse("2026-11-23T10:00:00Z")));
        var engine = new AutoReplyRules(custom, new InMemoryCooldowns(), (a, u, e) -> true, LanguageGuess.stopWords(),
                RulesUnderTest.CLASSIFIER);

        var decisions = engine.decide(RuleInput.of(Events.dm("prix ?"), new SettableClock(Instant.parse("2026-11-23T10:00:00Z"))));

        assertThat(decisions).extracting(decision -> RulesUnderTest.text(decision.action()))
                .containsExactly("Consultez nos tarifs sur notre site web : https://atelier-lin.example/tarifs");
    }

    @ParameterizedTest
    @ValueSource(strings = {"chips", "glove", "hippo", "this is hidden", "Salutations", "bonjournée", "prixfixe",
            "Super post !", ""})
    void aDmThatOnlyContainsTheWordsInsideOtherWordsGetsNoReply(String text) {
        assertThat(rules.decide(Events.dm(text))).isEmpty();
    }

    @Test
    void aDmWithoutTextGetsNoReply() {
        assertThat(rules.decide(Events.dm(null))).isEmpty();
    }

    @Test
    void aGreetingThatAsksForThePriceGetsTheGreetingThenThePrices() {
        assertThat(rules.texts(Events.dm("Bonjour, quel est le prix ?"))).containsExactly(GREETING, PRICES);
    }

    @Test
    void aSecondGreetingWithin24HoursGetsNoGreetingButStillThePrices() {
        rules.texts(Events.dm("Bonjour !"));
        rules.clock.advance(Duration.ofHours(2));

        assertThat(rules.texts(Events.dm("Bonjour !"))).isEmpty();
        assertThat(rules.texts(Events.dm("Rebonjour, et le prix ?"))).containsExactly(PRICES);
        rules.clock.advance(Duration.ofMinutes(11));
        assertThat(rules.texts(Events.dm("Bonjour, et le prix ?"))).containsExactly(PRICES);
    }

    @Test
    void thePricesReplyHasATenMinuteCooldownSoTwoBotsCantPingPongOnItsLink() {
        assertThat(rules.texts(Events.dm("le prix ?"))).containsExactly(PRICES);
        rules.clock.advance(Duration.ofMinutes(5));
        assertThat(rules.texts(Events.dm(PRICES))).isEmpty();
        rules.clock.advance(Duration.ofMinutes(6));
        assertThat(rules.texts(Events.dm("et le prix ?"))).containsExactly(PRICES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Super post !", "GÉNIAL", "genial", "merci 🙏", "love it", "Génial, j'adore", "MERCI!!!",
            "super-héros de la mode"})
    void aPositiveCommentGetsTheSeedGuidesPublicThanks(String text) {
        CommentReceived comment = Events.comment(text);

        assertThat(rules.actions(comment))
                .containsExactly(new ReplyToComment(ACCOUNT, comment.commentId(), null, THANKS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"glove", "supermarché", "pas super du tout", "Pas génial...", "I don't love it",
            "not love, sorry", "super nul", "Bonjour", "prix ?", "Arnaque, jamais reçu mon colis",
            "Merci pour rien, toujours pas de remboursement", "Super cher pour ce que c'est"})
    void aCommentThatIsNotPositiveGetsNoReply(String text) {
        assertThat(rules.decide(Events.comment(text))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"superbe", "lovely", "Magnifique 😍", "J'adore cette couleur", "so good!!"})
    void aPositiveCommentWithoutTheGuidesWordsGetsTheModerationSectionsThanks(String text) {
        assertThat(rules.texts(Events.comment(text))).containsExactly("Merci pour votre retour ! 😊");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Je veux parler à un conseiller", "un humain svp", "I need a human", "réclamation"})
    void askingForAPersonEscalatesAndSaysSo(String text) {
        var decisions = rules.decide(Events.dm(text));

        assertThat(decisions).extracting(RuleDecision::escalation).containsExactly("asked for a person", null);
        assertThat(rules.texts(Events.dm(text + " ?"))).containsExactly(
                "Je transmets votre demande à un conseiller, il vous répond au plus vite.");
    }

    @Test
    void aPositiveQuestionIsLeftForAPerson() {
        assertThat(rules.decide(Events.comment("Trop beau, il existe en 38 ?"))).isEmpty();
    }

    @Test
    void aPositiveReplyToACommentIsAnsweredUnderTheTopLevelComment() {
        CommentReceived reply = Events.comment().id("17858893269000002").parentId("17858893269000001")
                .text("Merci !").build();

        var action = (ReplyToComment) rules.actions(reply).get(0);

        assertThat(action.commentId()).isEqualTo("17858893269000002");
        assertThat(action.topLevelCommentId()).isEqualTo("17858893269000001");
    }

    @Test
    void theSeedGuidesGreetingsDoNotAnswerComments() {
        assertThat(rules.decide(Events.comment("Bonjour !"))).isEmpty();
    }

    @Test
    void theSeedGuidesLiveCommentsAreNotAnswered() {
        assertThat(rules.decide(Events.comment().text("Super live !").live().build())).isEmpty();
    }

    @Test
    void theSeedGuidesCurlDmIsAnsweredWithTheGreeting() {
        MessageReceived seedDm = (MessageReceived) Events.fixture("seed/dm.json");

        assertThat(rules.actions(seedDm))
                .containsExactly(new SendDirectMessage("page_id", "user_id", GREETING, false));
    }

    @Test
    void theSeedGuidesCurlCommentIsAnsweredWithTheThanks() {
        CommentReceived seedComment = (CommentReceived) Events.fixture("seed/comment.json");

        assertThat(rules.texts(seedComment)).containsExactly(THANKS);
    }

    @Test
    void theBuiltInRulesAreTheSeedGuides() {
        assertThat(rules.book.source()).isEqualTo("classpath:rules/default-rules.yml");
        assertThat(rules.book.current().rules()).extracting(Rule::name)
                .containsExactly("human-please", "greeting", "prices", "thanks-for-positive-comment",
                        "thanks-for-positive-feedback");
        assertThat(rules.book.current().rules().get(1).cooldown()).isEqualTo(Duration.ofHours(24));
    }
}
