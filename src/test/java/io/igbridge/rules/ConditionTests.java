package io.igbridge.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import io.igbridge.events.InstagramEvent;
import io.igbridge.events.MessageReceived;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each condition of {@code when}, alone: a rule fires exactly when it holds. */
class ConditionTests {

    private static RulesUnderTest dmRule(String when) {
        return RulesUnderTest.of("""
                business_hours:
                  time_zone: Europe/Paris
                  open:
                    - {days: mon-fri, from: "09:00", to: "18:00"}
                    - {days: sat, from: "22:00", to: "02:00"}
                rules:
                  - name: rule
                    trigger: [dm, postback, quick_reply]
                    when: %s
                    actions:
                      - tag: matched
                """.formatted(when));
    }

    private static boolean fires(RulesUnderTest rules, InstagramEvent event) {
        return !rules.decide(event).isEmpty();
    }

    @ParameterizedTest(name = "word ''{0}'' in ''{1}'': {2}")
    @CsvSource(delimiter = '|', textBlock = """
            hi          | Hi!                        | true
            hi          | chips                      | false
            love        | glove                      | false
            génial      | GENIAL                     | true
            genial      | Génial                     | true
            adore       | j'adore                    | true
            adore       | J’adore ce look            | true
            coeur       | mon cœur                   | true
            pas super   | pas super du tout          | true
            pas super   | pas vraiment super         | false
            don't       | I DON'T like it            | true
            taille      | TAILLE M dispo ?           | true
            """)
    void wordMatchingFindsWholeWordsIgnoringCaseAccentsAndElisions(String keyword, String text, boolean expected) {
        var rules = dmRule("{any: [\"%s\"]}".formatted(keyword));

        assertThat(fires(rules, Events.dm(text))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} ''{1}'' in ''{2}'': {3}")
    @CsvSource(delimiter = '|', textBlock = """
            substring | love          | glove              | true
            substring | ❤️            | je t'aime ❤️       | true
            substring | GÉNI          | c'est genial       | true
            substring | prix          | les tarifs         | false
            exact     | bonjour       | Bonjour !          | true
            exact     | bonjour       | bonjour à tous     | false
            exact     | à bientôt     | A   bientot...     | true
            exact     | 👍            | 👍                 | true
            exact     | 👍            | 👍 merci           | false
            regex     | \\bcmd-\\d{4}\\b | ma commande CMD-1234 | true
            regex     | \\bcmd-\\d{4}\\b | cmd-12345          | false
            regex     | g[ée]nial     | GÉNIAL             | true
            regex     | ^merci        | Merci beaucoup     | true
            regex     | ^merci        | un grand merci     | false
            """)
    void eachMatchModeComparesAsDocumented(String mode, String keyword, String text, boolean expected) {
        // single quotes: YAML keeps backslashes in them as they are
        var rules = dmRule("{match: %s, any: ['%s']}".formatted(mode, keyword));

        assertThat(fires(rules, Events.dm(text))).isEqualTo(expected);
    }

    @Test
    void anyNeedsOneKeywordAllNeedsEveryKeywordNoneNeedsNoKeyword() {
        var rules = dmRule("{any: [prix, tarif], all: [taille, dispo], none: [remboursement]}");

        assertThat(fires(rules, Events.dm("Quel prix pour la taille M, dispo ?"))).isTrue();
        assertThat(fires(rules, Events.dm("Quel tarif, taille M dispo ?"))).isTrue();
        assertThat(fires(rules, Events.dm("Taille M dispo ?"))).as("no any keyword").isFalse();
        assertThat(fires(rules, Events.dm("Quel prix pour la taille M ?"))).as("not all keywords").isFalse();
        assertThat(fires(rules, Events.dm("Prix, taille M dispo, ou remboursement ?"))).as("a none keyword")
                .isFalse();
    }

    @Test
    void noneAloneHoldsForAnyTextWithoutTheKeywordsIncludingNoText() {
        var rules = dmRule("{none: [spam]}");

        assertThat(fires(rules, Events.dm("bonjour"))).isTrue();
        assertThat(fires(rules, Events.dm(null))).isTrue();
        assertThat(fires(rules, Events.dm("SPAM!"))).isFalse();
    }

    @ParameterizedTest(name = "{0} (UTC) is inside business hours: {1}")
    @CsvSource(textBlock = """
            2026-11-23T07:59:00Z, false
            2026-11-23T08:00:00Z, true
            2026-11-23T16:59:00Z, true
            2026-11-23T17:00:00Z, false
            2026-11-21T10:00:00Z, false
            2026-11-21T21:30:00Z, true
            2026-11-22T00:30:00Z, true
            2026-11-22T01:00:00Z, false
            2026-07-06T07:30:00Z, true
            2026-07-06T16:30:00Z, false
            """)
    void businessHoursAreInTheFilesTimeZone(String utc, boolean inside) {
        var insideRule = dmRule("{business_hours: inside}");
        var outsideRule = dmRule("{business_hours: outside}");
        insideRule.clock.set(Instant.parse(utc));
        outsideRule.clock.set(Instant.parse(utc));

        assertThat(fires(insideRule, Events.dm("bonjour"))).isEqualTo(inside);
        assertThat(fires(outsideRule, Events.dm("bonjour"))).isEqualTo(!inside);
    }

    @Test
    void businessHoursFollowTheClockAsItMoves() {
        var rules = dmRule("{business_hours: outside}");
        rules.clock.set(Instant.parse("2026-11-23T16:30:00Z"));
        assertThat(fires(rules, Events.dm("bonjour"))).isFalse();

        rules.clock.advance(Duration.ofHours(1));

        assertThat(fires(rules, Events.dm("bonjour"))).isTrue();
    }

    @Test
    void firstMessageAsksTheConversationFactsAboutTheSender() {
        var first = dmRule("{first_message: true}");
        var notFirst = dmRule("{first_message: false}");
        first.facts = (account, user, event) -> user.equals(Events.ANNA) && account.equals(Events.ACCOUNT);
        notFirst.facts = first.facts;

        assertThat(fires(first, Events.dm(Events.ANNA, "bonjour"))).isTrue();
        assertThat(fires(first, Events.dm(Events.BOB, "bonjour"))).isFalse();
        assertThat(fires(notFirst, Events.dm(Events.ANNA, "bonjour"))).isFalse();
        assertThat(fires(notFirst, Events.dm(Events.BOB, "bonjour"))).isTrue();
    }

    @Test
    void conversationFactsAreNotAskedWhenCheaperConditionsFail() {
        var rules = dmRule("{first_message: true, any: [prix]}");
        rules.facts = (account, user, event) -> {
            throw new AssertionError("asked about " + user);
        };

        assertThat(fires(rules, Events.dm("bonjour"))).isFalse();
    }

    @Test
    void mediaIdAndProductTypeSelectComments() {
        var rules = RulesUnderTest.of("""
                rules:
                  - name: new-collection
                    trigger: comment
                    when:
                      media_id: ["18023345989000001", "18023345989000002"]
                      media_product_type: reels
                    actions: [tag: collection]
                """);

        assertThat(fires(rules, Events.comment().media("18023345989000001", "REELS").build())).isTrue();
        assertThat(fires(rules, Events.comment().media("18023345989000002", "REELS").build())).isTrue();
        assertThat(fires(rules, Events.comment().media("18023345989000001", "FEED").build())).isFalse();
        assertThat(fires(rules, Events.comment().media("18023345989000009", "REELS").build())).isFalse();
    }

    @Test
    void mediaIdSelectsTheStoryAStoryReplyAnswers() {
        var rules = RulesUnderTest.of("""
                rules:
                  - name: launch-story
                    trigger: story_reply
                    when: {media_id: "17900000000000042"}
                    actions: [reply_dm: "Merci d'avoir répondu à notre story !"]
                """);

        assertThat(rules.texts(Events.storyReply("trop beau", "17900000000000042")))
                .containsExactly("Merci d'avoir répondu à notre story !");
        assertThat(rules.decide(Events.storyReply("trop beau", "17900000000000043"))).isEmpty();
    }

    @Test
    void adIdSelectsDmsFromAnAdAndCommentsOnIt() {
        var rules = RulesUnderTest.of("""
                rules:
                  - name: summer-ad
                    trigger: [dm, comment]
                    when: {ad_id: "23850000000000001"}
                    actions: [tag: summer-ad]
                """);

        assertThat(fires(rules, Events.fromAd("Infos ?", "23850000000000001"))).isTrue();
        assertThat(fires(rules, Events.fromAd("Infos ?", "23850000000000002"))).isFalse();
        assertThat(fires(rules, Events.dm("Infos ?"))).isFalse();
        assertThat(fires(rules, Events.comment().adId("23850000000000001").build())).isTrue();
        assertThat(fires(rules, Events.comment().build())).isFalse();
    }

    @Test
    void adIdMatchesTheRealAdReferralFixture() {
        var event = Events.fixture("messaging/message-ad-referral.json");
        String adId = ((MessageReceived) event).referral().adId();
        var rules = dmRule("{ad_id: \"%s\"}".formatted(adId));

        assertThat(fires(rules, event)).isTrue();
    }

    @Test
    void payloadSelectsPostbacksAndQuickReplies() {
        var rules = dmRule("{payload: [SHOW_PRICES]}");

        assertThat(fires(rules, Events.postback("Voir les prix", "SHOW_PRICES"))).isTrue();
        assertThat(fires(rules, Events.postback("Voir les prix", "show_prices"))).as("payloads are exact").isFalse();
        assertThat(fires(rules, Events.quickReply("Voir les prix", "SHOW_PRICES"))).isTrue();
        assertThat(fires(rules, Events.quickReply("Voir les prix", "CONTACT"))).isFalse();
    }

    @Test
    void languageHoldsForTheGuessedLanguageOnly() {
        var french = dmRule("{language: fr}");
        var english = dmRule("{language: [en]}");

        assertThat(fires(french, Events.dm("Bonjour, je voudrais le prix"))).isTrue();
        assertThat(fires(french, Events.dm("Hello, what is the price?"))).isFalse();
        assertThat(fires(english, Events.dm("Hello, what is the price?"))).isTrue();
        assertThat(fires(english, Events.dm("👍"))).as("no guess, no language").isFalse();
        assertThat(fires(french, Events.dm("👍"))).isFalse();
    }

    @Test
    void replyVariantsFollowTheGuessedLanguageAndFallBackToTheDefault() {
        var rules = RulesUnderTest.of("""
                default_language: fr
                rules:
                  - name: greeting
                    trigger: dm
                    actions:
                      - reply_dm:
                          fr: "Bonjour ! Notre équipe vous répondra bientôt."
                          en: "Hello! Our team will get back to you soon."
                """);

        assertThat(rules.texts(Events.dm("Hello, is this available?")))
                .containsExactly("Hello! Our team will get back to you soon.");
        assertThat(rules.texts(Events.dm("Bonjour, c'est dispo ?")))
                .containsExactly("Bonjour ! Notre équipe vous répondra bientôt.");
        assertThat(rules.texts(Events.dm("👍"))).containsExactly("Bonjour ! Notre équipe vous répondra bientôt.");
    }

    @Test
    void theDefaultLanguageCanBeEnglish() {
        var rules = RulesUnderTest.of("""
                default_language: en
                rules:
                  - name: greeting
                    trigger: dm
                    actions:
                      - reply_dm: {text: {en: "Hello!", fr: "Bonjour !"}}
                """);

        assertThat(rules.texts(Events.dm("👍"))).containsExactly("Hello!");
        assertThat(rules.texts(Events.dm("Bonjour à vous"))).containsExactly("Bonjour !");
    }

    @Test
    void aDisabledRuleNeverFires() {
        var rules = RulesUnderTest.of("""
                rules:
                  - name: greeting
                    enabled: false
                    trigger: dm
                    actions: [reply_dm: "Bonjour !"]
                """);

        assertThat(rules.decide(Events.dm("Bonjour"))).isEmpty();
    }
}
