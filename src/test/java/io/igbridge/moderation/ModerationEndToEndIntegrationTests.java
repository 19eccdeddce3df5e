package io.igbridge.moderation;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.igbridge.support.Deliveries;
import io.igbridge.support.FakeHttpReceiver;
import io.igbridge.support.IntegrationTest;
import io.igbridge.support.ServiceTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Moderation end to end over real HTTP, on the default rules and policy: signed comments in, the fake Graph API (a
 * real HTTP server) and a Slack-compatible webhook (another one) receive what the policy says — and nothing else.
 */
@IntegrationTest
class ModerationEndToEndIntegrationTests extends ServiceTest {

    static final String ACCOUNT = "17841400000000001";
    static final String MEDIA = "17900000000000777";
    static final FakeHttpReceiver SLACK = new FakeHttpReceiver();

    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void targets(DynamicPropertyRegistry registry) {
        registry.add("INSTAGRAM_GRAPH_API_URL", graph::baseUrl);
        registry.add("INSTAGRAM_PAGE_ID", () -> ACCOUNT);
        registry.add("IGBRIDGE_SLACK_WEBHOOK_URL", () -> SLACK.url("/slack"));
        registry.add("IGBRIDGE_ALERT_GROUP_WINDOW", () -> "200ms");
    }

    @AfterAll
    static void stopSlack() {
        SLACK.close();
    }

    @BeforeEach
    void fakeGraphAnswers() {
        SLACK.answerWith(200);
        graph.resetAll();
        graph.stubFor(post(urlPathMatching("/v25.0/[0-9]+")).willReturn(okJson("{\"success\":true}")));
        graph.stubFor(post(urlPathMatching("/v25.0/.*/replies")).willReturn(okJson("{\"id\":\"c_reply\"}")));
        graph.stubFor(post(urlPathMatching("/v25.0/.*/messages")).willReturn(okJson("{\"message_id\":\"m\"}")));
    }

    static String comment(String from, String username, String commentId, String text) {
        return """
                {"object":"instagram","entry":[{"id":"%s","time":%d,"changes":[{"field":"comments","value":{\
                "from":{"id":"%s","username":"%s"},"id":"%s","text":"%s","media":{"id":"%s",\
                "media_product_type":"FEED"}}}]}]}""".formatted(ACCOUNT, Instant.now().getEpochSecond(), from, username,
                commentId, text, MEDIA);
    }

    static String dm(String sender, String mid, String text) {
        return Deliveries.dmNow(sender, mid, text);
    }

    List<LoggedRequest> postsTo(String path) {
        return graph.findAll(postRequestedFor(urlPathEqualTo(path)));
    }

    List<String> slackTexts() {
        return SLACK.received("/slack").stream().map(FakeHttpReceiver.Received::body).toList();
    }

    @Test
    void anAbusiveCommentIsHiddenThroughTheGraphApiAndAlertedOnSlack() {
        String commentId = "17850000000000901";
        client.postSigned(comment("8001", "troll.account", commentId, "Espèce de connard, rends l'argent"));

        await().atMost(Duration.ofSeconds(15)).until(() -> postsTo("/v25.0/" + commentId).size() == 1);
        String hide = URLDecoder.decode(postsTo("/v25.0/" + commentId).get(0).getBodyAsString(), StandardCharsets.UTF_8);
        assertThat(hide).contains("hide=true");

        await().atMost(Duration.ofSeconds(15)).until(() -> slackTexts().stream().anyMatch(t -> t.contains(commentId)));
        String alert = slackTexts().stream().filter(t -> t.contains(commentId)).findFirst().orElseThrow();
        assertThat(alert).contains("Abusive comment (hidden)", "@troll.account", MEDIA, "connard",
                "https://www.instagram.com/troll.account/");
        assertThat(postsTo("/v25.0/" + commentId + "/replies")).as("never answered").isEmpty();
        Map<String, Object> stored = jdbc.queryForMap("select sentiment, abusive, spam, analyzer from"
                + " text_classification where comment_id = ?", commentId);
        assertThat(stored).containsEntry("sentiment", "negative").containsEntry("abusive", true)
                .containsEntry("analyzer", "built-in");
    }

    @Test
    void aNegatedPositiveAndAComplaintGetNoThankYouButAnAlert_SuperPostStillGetsTheSeedsThanks() {
        String negated = "17850000000000911";
        String complaint = "17850000000000912";
        String praise = "17850000000000913";
        client.postSigned(comment("8011", "anna.paris", negated, "Pas super du tout"));
        client.postSigned(comment("8012", "bob.lyon", complaint, "Arnaque, jamais reçu mon colis"));
        client.postSigned(comment("8013", "chloe", praise, "Super post !"));

        await().atMost(Duration.ofSeconds(15)).until(() -> postsTo("/v25.0/" + praise + "/replies").size() == 1);
        assertThat(URLDecoder.decode(postsTo("/v25.0/" + praise + "/replies").get(0).getBodyAsString(),
                StandardCharsets.UTF_8)).isEqualTo("message=Merci beaucoup ! 😊");
        await().atMost(Duration.ofSeconds(15)).until(() -> slackTexts().stream().anyMatch(t -> t.contains(negated))
                && slackTexts().stream().anyMatch(t -> t.contains(complaint)));
        assertThat(String.join("\n", slackTexts())).contains("Negative comment by @anna.paris",
                "Negative comment by @bob.lyon", "arnaque").doesNotContain(praise);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() ->
                postsTo("/v25.0/" + negated + "/replies").isEmpty() && postsTo("/v25.0/" + complaint + "/replies").isEmpty()
                        && postsTo("/v25.0/" + negated).isEmpty() && postsTo("/v25.0/" + complaint).isEmpty());
    }

    @Test
    void spamIsHiddenWithoutAnAlert() {
        String spam = "17850000000000921";
        client.postSigned(comment("8021", "growth.guru", spam, "Achetez des followers pas chers, lien en bio 💰"));

        await().atMost(Duration.ofSeconds(15)).until(() -> postsTo("/v25.0/" + spam).size() == 1);
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(5)).until(() ->
                slackTexts().stream().noneMatch(t -> t.contains(spam)) && postsTo("/v25.0/" + spam + "/replies").isEmpty());
    }

    @Test
    void aNegativeDmHandsItsConversationToTheTeamOnce() {
        client.postSigned(dm("8031", "mid.moderation-1", "Toujours pas reçu ma commande, c'est une honte"));
        client.postSigned(dm("8031", "mid.moderation-2", "Vraiment nul ce service"));
        client.postSigned(dm("8032", "mid.moderation-3", "Merci, j'adore !"));

        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject(
                "select count(*) from text_classification where kind = 'dm' and user_id in ('8031', '8032')",
                Long.class) == 3);
        assertThat(jdbc.queryForList("select user_id, escalation_reason from conversation where account_id = ?"
                + " and status = 'WAITING'", ACCOUNT)).singleElement().satisfies(flag -> {
                    assertThat(flag).containsEntry("user_id", "8031");
                    assertThat((String) flag.get("escalation_reason")).startsWith("negative message");
                });
        assertThat(jdbc.queryForObject("select count(*) from outbox_action where notify_group = 'inbox'"
                + " and payload like '%8031%'", Long.class)).as("the team is told once").isEqualTo(1);
    }
}
