package io.igbridge.rules;

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

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.igbridge.support.Deliveries;
import io.igbridge.support.ServiceTest;
import io.igbridge.support.TestSecrets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The seed guide's promise end to end, over real HTTP: a signed webhook in, the default rules decide, the outbox
 * sends, and the fake Graph API (a real HTTP server) receives exactly the expected request. Run once per login
 * type ({@link InstagramLoginAutoReplyIntegrationTests}, {@link FacebookLoginAutoReplyIntegrationTests}).
 */
abstract class AutoReplyEndToEndScenarios extends ServiceTest {

    static final String ACCOUNT = "17841400000000001";

    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    final JsonMapper json = JsonMapper.builder().build();

    abstract String messagesPath();

    abstract void assertTokenPlacement(LoggedRequest request);

    /** How a bot DM is marked: no messaging_type with Instagram Login, RESPONSE with Facebook Login (§5.1). */
    abstract void assertDmForm(JsonNode body);

    @BeforeEach
    void fakeGraphAnswers() {
        graph.resetAll();
        graph.stubFor(post(urlPathMatching("/v25.0/.*/messages")).willReturn(okJson("{\"message_id\":\"m_sent\"}")));
        graph.stubFor(post(urlPathMatching("/v25.0/.*/replies")).willReturn(okJson("{\"id\":\"c_reply\"}")));
    }

    static String dm(String sender, String mid, String text) {
        return Deliveries.dmNow(sender, mid, text);
    }

    static String deleted(String sender, String mid) {
        long now = Instant.now().toEpochMilli();
        return """
                {"object":"instagram","entry":[{"id":"%s","time":%d,"messaging":[{"sender":{"id":"%s"},\
                "recipient":{"id":"%s"},"timestamp":%d,"message":{"mid":"%s","is_deleted":true}}]}]}"""
                .formatted(ACCOUNT, now, sender, ACCOUNT, now, mid);
    }

    static String comment(String from, String commentId, String text) {
        return """
                {"object":"instagram","entry":[{"id":"%s","time":%d,"changes":[{"field":"comments","value":{\
                "from":{"id":"%s","username":"someone"},"id":"%s","text":"%s","media":{"id":"17900000000000005",\
                "media_product_type":"FEED"}}}]}]}""".formatted(ACCOUNT, Instant.now().getEpochSecond(), from, commentId, text);
    }

    List<LoggedRequest> dmsTo(String person) {
        return graph.findAll(postRequestedFor(urlPathEqualTo(messagesPath()))).stream()
                .filter(request -> request.getBodyAsString().contains(person)).toList();
    }

    String textOf(LoggedRequest request) {
        return json.readTree(request.getBodyAsString()).path("message").path("text").asString();
    }

    @Test
    void aGreetingGetsTheSeedGuidesReply() {
        client.postSigned(dm("7001", "mid.e2e-hello", "Bonjour !"));

        await().atMost(Duration.ofSeconds(15)).until(() -> dmsTo("7001").size() == 1);
        LoggedRequest sent = dmsTo("7001").get(0);
        assertTokenPlacement(sent);
        assertThat(textOf(sent)).isEqualTo("Bonjour ! Notre équipe vous répondra bientôt.");
        JsonNode body = json.readTree(sent.getBodyAsString());
        assertThat(body.path("recipient").path("id").asString()).isEqualTo("7001");
        assertDmForm(body);
    }

    @Test
    void aSecondGreetingFromTheSamePersonWithin24HoursGetsNoSecondReply() {
        client.postSigned(dm("7010", "mid.e2e-hello-1", "hello"));
        await().atMost(Duration.ofSeconds(15)).until(() -> dmsTo("7010").size() == 1);

        client.postSigned(dm("7010", "mid.e2e-hello-2", "salut"));
        client.postSigned(dm("7011", "mid.e2e-hello-3", "salut"));

        await().atMost(Duration.ofSeconds(15)).until(() -> dmsTo("7011").size() == 1);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> dmsTo("7010").size() == 1);
    }

    @Test
    void aPriceQuestionGetsThePricesLink() {
        client.postSigned(dm("7002", "mid.e2e-prix", "Quel est le prix ?"));

        await().atMost(Duration.ofSeconds(15)).until(() -> dmsTo("7002").size() == 1);
        assertThat(textOf(dmsTo("7002").get(0))).isEqualTo(
                "Consultez nos tarifs sur notre site web : https://example.com/prix");
    }

    @Test
    void aPositiveCommentGetsAPublicThankYou() {
        client.postSigned(comment("7003", "17850000000000101", "Super post !"));

        String replies = "/v25.0/17850000000000101/replies";
        await().atMost(Duration.ofSeconds(15))
                .until(() -> graph.findAll(postRequestedFor(urlPathEqualTo(replies))).size() == 1);
        LoggedRequest reply = graph.findAll(postRequestedFor(urlPathEqualTo(replies))).get(0);
        assertTokenPlacement(reply);
        String form = URLDecoder.decode(reply.getBodyAsString(), StandardCharsets.UTF_8);
        assertThat(form).isEqualTo("message=Merci beaucoup ! 😊");
    }

    @Test
    void aDuplicateDeliveryGetsOneReplyAndEchoesOwnCommentsNonWordsAndDeletedMessagesGetNone() {
        String greeting = dm("7004", "mid.e2e-dup", "hello");
        client.postSigned(greeting);
        client.postSigned(greeting);
        client.postSigned(Deliveries.echo("7005", "mid.e2e-echo", "hello"));
        client.postSigned(comment(ACCOUNT, "17850000000000102", "Super post !"));
        client.postSigned(dm("7006", "mid.e2e-chips", "des chips ?"));
        client.postSigned(deleted("7007", "mid.e2e-deleted"));

        await().atMost(Duration.ofSeconds(15)).until(() -> dmsTo("7004").size() == 1);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> dmsTo("7004").size() == 1
                && dmsTo("7005").isEmpty() && dmsTo("7006").isEmpty() && dmsTo("7007").isEmpty()
                && graph.findAll(postRequestedFor(urlPathEqualTo("/v25.0/17850000000000102/replies"))).isEmpty());
    }

    @Test
    void theSeedGuidesCurlExamplesAgainstWebhookTestListTheDecidedReplies() {
        var dm = client.postTest("""
                {"entry":[{"id":"page_123","changes":[{"field":"messages","value":{"messages":[{"id":"msg_123",\
                "from":{"id":"user_456"},"timestamp":"1640995200","text":"Bonjour !"}]}}]}]}""");
        assertThat(dm.statusCode()).isEqualTo(200);
        assertThat(dm.body()).contains("\"actions\"", "send_dm", "Bonjour ! Notre équipe vous répondra bientôt.");
        await().atMost(Duration.ofSeconds(15)).until(() -> dmsTo("user_456").size() == 1);
        assertThat(textOf(dmsTo("user_456").get(0))).isEqualTo("Bonjour ! Notre équipe vous répondra bientôt.");

        var response = client.postTest("""
                {"entry":[{"id":"page_123","changes":[{"field":"comments","value":{"comments":[{"id":"comment_123",\
                "from":{"id":"user_456"},"media":{"id":"media_789"},"text":"Super post !","timestamp":"1640995200"}]}}]}]}""");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"actions\"", "reply_comment", "Merci beaucoup ! 😊");
        await().atMost(Duration.ofSeconds(15)).until(() -> !graph.findAll(
                postRequestedFor(urlPathEqualTo("/v25.0/comment_123/replies"))).isEmpty());
    }
}
