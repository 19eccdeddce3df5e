package io.igbridge.outbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.igbridge.inbox.MessagingWindows;
import io.igbridge.support.IntegrationTest;
import io.igbridge.support.ServiceTest;
import io.igbridge.support.TestSecrets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox against a fake Graph API that is a real HTTP server: what goes out, and what each of Meta's answers
 * makes of an action (retry, wait, pause the account, give up).
 */
@IntegrationTest
class GraphDispatchIntegrationTests extends ServiceTest {

    static final String ACCOUNT = "17841400000000001";
    static final String MESSAGES = "/v25.0/" + ACCOUNT + "/messages";

    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void graphApi(DynamicPropertyRegistry registry) {
        registry.add("INSTAGRAM_GRAPH_API_URL", graph::baseUrl);
        registry.add("IGBRIDGE_OUTBOX_RETRY_BACKOFF", () -> "100ms");
        registry.add("IGBRIDGE_OUTBOX_MAX_RETRY_BACKOFF", () -> "200ms");
        registry.add("IGBRIDGE_OUTBOX_POLL_INTERVAL", () -> "100ms");
        registry.add("IGBRIDGE_ALERT_GROUP_WINDOW", () -> "0s");
    }

    @Autowired
    OutboxWriter writer;

    @Autowired
    MessagingWindows windows;

    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void resetFakeGraph() {
        graph.resetAll();
        jdbc.update("delete from account_state");
    }

    private void personWrote(String person, Instant at) {
        windows.recordInbound(ACCOUNT, person, "message:" + person, at);
    }

    private void enqueue(String key, Action action) {
        writer.enqueue(key, action, null);
    }

    private List<LoggedRequest> sendsTo(String person) {
        return graph.findAll(postRequestedFor(urlPathEqualTo(MESSAGES))).stream()
                .filter(request -> request.getBodyAsString().contains(person)).toList();
    }

    @Test
    void aDmGoesToTheSendNodeWithTheBearerTokenAndMetasIdIsRecorded() {
        graph.stubFor(post(MESSAGES).willReturn(okJson("{\"recipient_id\":\"p1\",\"message_id\":\"m_abc\"}")));
        personWrote("p1", Instant.now());

        enqueue("t:dm", new SendDirectMessage(ACCOUNT, "p1", "Bonjour ! Notre équipe vous répondra bientôt.", false));

        await().atMost(Duration.ofSeconds(10)).until(() -> rows.outboxStatus("t:dm").equals("DONE"));
        LoggedRequest sent = sendsTo("p1").get(0);
        assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer " + TestSecrets.ACCESS_TOKEN);
        JsonNode body = json.readTree(sent.getBodyAsString());
        assertThat(body.path("recipient").path("id").asString()).isEqualTo("p1");
        assertThat(body.path("message").path("text").asString()).isEqualTo("Bonjour ! Notre équipe vous répondra bientôt.");
        assertThat(rows.outboxResultIds("t:dm")).isEqualTo("m_abc");
    }

    @Test
    void aReplyOf2500BytesArrivesAsOrderedPartsOfAtMost1000Bytes() {
        graph.stubFor(post(MESSAGES).willReturn(okJson("{\"message_id\":\"m_part\"}")));
        personWrote("p2", Instant.now());
        String text = ("Réponse détaillée numéro " + "x".repeat(20) + " ").repeat(52).strip();
        assertThat(text.getBytes(StandardCharsets.UTF_8).length).isBetween(2500, 3000);

        enqueue("t:long", new SendDirectMessage(ACCOUNT, "p2", text, false));

        await().atMost(Duration.ofSeconds(10)).until(() -> rows.outboxStatus("t:long").equals("DONE"));
        List<String> parts = sendsTo("p2").stream()
                .map(request -> json.readTree(request.getBodyAsString()).path("message").path("text").asString()).toList();
        assertThat(parts).hasSize(3).allSatisfy(part ->
                assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(1000));
        assertThat(String.join(" ", parts)).isEqualTo(text);
        assertThat(rows.outboxResultIds("t:long")).isEqualTo("m_part,m_part,m_part");
    }

    @Test
    void twoServerErrorsThenSuccessGiveExactlyOneReply() {
        graph.stubFor(post(MESSAGES).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("second"));
        graph.stubFor(post(MESSAGES).inScenario("flaky").whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(502).withBody("<html>Bad Gateway</html>")).willSetStateTo("ok"));
        graph.stubFor(post(MESSAGES).inScenario("flaky").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"message_id\":\"m_after_retries\"}")));
        personWrote("p3", Instant.now());

        enqueue("t:flaky", new SendDirectMessage(ACCOUNT, "p3", "hello", false));

        await().atMost(Duration.ofSeconds(10)).until(() -> rows.outboxStatus("t:flaky").equals("DONE"));
        assertThat(sendsTo("p3")).hasSize(3);
        assertThat(rows.outboxResultIds("t:flaky")).isEqualTo("m_after_retries");
    }

    @Test
    void rateLimitErrorFourHoldsAllTheAccountsSendsForTheAnnouncedWait() {
        graph.stubFor(post(MESSAGES).inScenario("limited").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(400).withHeader("Retry-After", "2")
                        .withBody("{\"error\":{\"message\":\"Application request limit reached\",\"code\":4}}"))
                .willSetStateTo("ok"));
        graph.stubFor(post(MESSAGES).inScenario("limited").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"message_id\":\"m_after_wait\"}")));
        for (String person : List.of("p4a", "p4b", "p4c")) {
            personWrote(person, Instant.now());
        }

        enqueue("t:limited-a", new SendDirectMessage(ACCOUNT, "p4a", "hello a", false));
        await().atMost(Duration.ofSeconds(10)).until(() -> sendsTo("p4a").size() == 1);
        enqueue("t:limited-b", new SendDirectMessage(ACCOUNT, "p4b", "hello b", false));
        enqueue("t:limited-c", new SendDirectMessage(ACCOUNT, "p4c", "hello c", false));

        await().atMost(Duration.ofSeconds(15)).until(() -> rows.outboxStatus("t:limited-a").equals("DONE")
                && rows.outboxStatus("t:limited-b").equals("DONE") && rows.outboxStatus("t:limited-c").equals("DONE"));
        long refusedAt = sendsTo("p4a").get(0).getLoggedDate().getTime();
        assertThat(sendsTo("p4a")).hasSize(2);
        for (String person : List.of("p4a", "p4b", "p4c")) {
            LoggedRequest accepted = sendsTo(person).get(sendsTo(person).size() - 1);
            assertThat(accepted.getLoggedDate().getTime() - refusedAt).as(person).isGreaterThanOrEqualTo(2000);
        }
    }

    @Test
    void anExpiredTokenPausesTheAccountWithOneAlertAndNoRetryStorm() {
        graph.stubFor(post(MESSAGES).willReturn(aResponse().withStatus(400).withBody(
                "{\"error\":{\"message\":\"Error validating access token\",\"type\":\"OAuthException\",\"code\":190,"
                        + "\"error_subcode\":463}}")));
        personWrote("p5", Instant.now());

        enqueue("t:expired-1", new SendDirectMessage(ACCOUNT, "p5", "one", false));
        await().atMost(Duration.ofSeconds(10)).until(() -> rows.outboxCount("notify", "DONE") >= 1);
        enqueue("t:expired-2", new SendDirectMessage(ACCOUNT, "p5", "two", false));
        enqueue("t:expired-3", new SendDirectMessage(ACCOUNT, "p5", "three", false));

        // the paused sends stay pending and are not tried: one call reached Meta, one alert was raised
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> sendsTo("p5").size() == 1 && rows.outboxCount("notify", "DONE") == 1);
        assertThat(rows.outboxStatus("t:expired-2")).isEqualTo("PENDING");
        var listed = client.getWithToken("/api/admin/actions?status=PENDING", TestSecrets.ADMIN_TOKEN);
        assertThat(listed.body()).contains("\"accountsNeedingReauthorization\":[\"" + ACCOUNT + "\"]")
                .doesNotContain(TestSecrets.ACCESS_TOKEN);

        graph.stubFor(post(MESSAGES).willReturn(okJson("{\"message_id\":\"m_resumed\"}")));
        client.post("/api/admin/accounts/" + ACCOUNT + "/resume", new byte[0], "Authorization",
                "Bearer " + TestSecrets.ADMIN_TOKEN);
        await().atMost(Duration.ofSeconds(10)).until(() -> rows.outboxStatus("t:expired-1").equals("DONE")
                && rows.outboxStatus("t:expired-2").equals("DONE") && rows.outboxStatus("t:expired-3").equals("DONE"));
    }

    @Test
    void aWindowClosedAnswerIsRecordedAsPermanentAndNotRetried() {
        graph.stubFor(post(MESSAGES).willReturn(aResponse().withStatus(400).withBody(
                "{\"error\":{\"message\":\"This message is sent outside of allowed window.\",\"code\":10,"
                        + "\"error_subcode\":2534022}}")));
        personWrote("p6", Instant.now());

        enqueue("t:closed", new SendDirectMessage(ACCOUNT, "p6", "too late", false));

        await().atMost(Duration.ofSeconds(10)).until(() -> rows.outboxStatus("t:closed").equals("FAILED"));
        assertThat(rows.outboxError("t:closed")).contains("2534022");
        assertThat(sendsTo("p6")).hasSize(1);
    }

    @Test
    void aBotReplyOutsideThe24HourWindowIsNotSentAtAll() {
        personWrote("p7", Instant.now().minus(Duration.ofHours(25)));

        enqueue("t:late", new SendDirectMessage(ACCOUNT, "p7", "late reply", false));

        await().atMost(Duration.ofSeconds(10)).until(() -> rows.outboxStatus("t:late").equals("FAILED"));
        assertThat(rows.outboxError("t:late")).contains("24 hours");
        assertThat(sendsTo("p7")).isEmpty();
    }
}
