package io.igbridge.tokens;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.igbridge.inbox.MessagingWindows;
import io.igbridge.outbox.OutboxWriter;
import io.igbridge.outbox.SendDirectMessage;
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
 * A token Meta refuses (190) while replies go out on sixteen threads: one refused send (an account's first calls go
 * one at a time), one alert however many sends were waiting, webhook-info
 * says re-authorization is needed and how, and the replies go out with a new token given through the admin API,
 * without a restart.
 */
@IntegrationTest
class ReauthorizationIntegrationTests extends ServiceTest {

    static final String ACCOUNT = "17841400000000001";
    static final String MESSAGES = "/v25.0/" + ACCOUNT + "/messages";
    static final String NEW_TOKEN = "IGQ-new-token-after-reauthorization-37b0";

    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("INSTAGRAM_GRAPH_API_URL", graph::baseUrl);
        registry.add("IGBRIDGE_TOKEN_KEY", () -> TestSecrets.TOKEN_KEY);
        registry.add("IGBRIDGE_OUTBOX_POLL_INTERVAL", () -> "100ms");
        registry.add("IGBRIDGE_ALERT_GROUP_WINDOW", () -> "0s");
        registry.add("IGBRIDGE_OUTBOX_WORKERS", () -> "16");
    }

    @Autowired
    OutboxWriter writer;

    @Autowired
    MessagingWindows windows;

    @Autowired
    AccessTokens tokens;

    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void theConfiguredTokenInForce() {
        graph.resetAll();
        jdbc.update("delete from account_token");
        jdbc.update("delete from account_state");
        tokens.adoptConfigured();
    }

    private long alerts() {
        return jdbc.queryForObject("select count(*) from outbox_action where type = 'notify'"
                + " and idempotency_key like 'reauthorize:%'", Long.class);
    }

    private JsonNode accessTokenInfo() {
        var info = client.get("/api/instagram/webhook-info").body();
        assertThat(info).doesNotContain(TestSecrets.ACCESS_TOKEN).doesNotContain(NEW_TOKEN);
        return json.readTree(info).path("accessToken");
    }

    @Test
    void anExpiredTokenRaisesOneAlertShowsInWebhookInfoAndANewTokenResumesTheSends() {
        graph.stubFor(post(MESSAGES).willReturn(aResponse().withStatus(400).withBody(
                "{\"error\":{\"message\":\"Error validating access token: Session has expired\","
                        + "\"type\":\"OAuthException\",\"code\":190,\"error_subcode\":463}}")));
        graph.stubFor(post(MESSAGES).withHeader("Authorization", equalTo("Bearer " + NEW_TOKEN))
                .willReturn(okJson("{\"message_id\":\"m_after_new_token\"}")));
        List<String> people = IntStream.range(0, 16).mapToObj(i -> "p" + i).toList();
        people.forEach(person -> windows.recordInbound(ACCOUNT, person, "message:" + person, Instant.now()));
        assertThat(accessTokenInfo().path("needsReauthorization").asBoolean()).isFalse();

        people.forEach(person -> writer.enqueue("t:" + person, new SendDirectMessage(ACCOUNT, person, "Bonjour "
                + person, false), null));

        await().atMost(Duration.ofSeconds(10)).until(() -> rows.outboxCount("notify", "DONE") >= 1);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> alerts() == 1);
        List<LoggedRequest> refused = graph.findAll(postRequestedFor(urlPathEqualTo(MESSAGES)));
        // one call at a time until one succeeds (two after the one success of another test of this class, if it ran
        // first), whatever the number of threads; the account is then paused
        assertThat(refused).hasSizeBetween(1, 2);
        JsonNode token = accessTokenInfo();
        assertThat(token.path("needsReauthorization").asBoolean()).isTrue();
        assertThat(token.path("fix").asString()).contains("Generate a new long-lived access token")
                .contains("PUT /api/admin/access-token");

        var replaced = client.putJsonWithToken("/api/admin/access-token", "{\"accessToken\":\"" + NEW_TOKEN + "\"}",
                TestSecrets.ADMIN_TOKEN);

        assertThat(replaced.statusCode()).isEqualTo(200);
        assertThat(replaced.body()).doesNotContain(NEW_TOKEN).contains("\"inForce\":\"stored\"");
        await().atMost(Duration.ofSeconds(10)).until(() -> people.stream()
                .allMatch(person -> "DONE".equals(rows.outboxStatus("t:" + person))));
        List<LoggedRequest> sends = graph.findAll(postRequestedFor(urlPathEqualTo(MESSAGES)));
        assertThat(sends.subList(refused.size(), sends.size())).hasSize(people.size())
                .allSatisfy(sent -> assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer " + NEW_TOKEN));
        assertThat(accessTokenInfo().path("needsReauthorization").asBoolean()).isFalse();
        assertThat(alerts()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select encrypted_token from account_token where account_id = ?",
                String.class, ACCOUNT)).doesNotContain(NEW_TOKEN);
    }

    @Test
    void aRefusalOfTheOldTokenArrivingAfterANewOneCameIntoForcePausesNothing() {
        graph.stubFor(post(MESSAGES).willReturn(aResponse().withStatus(400).withFixedDelay(2_000).withBody(
                "{\"error\":{\"message\":\"Error validating access token\",\"type\":\"OAuthException\","
                        + "\"code\":190,\"error_subcode\":460}}")));
        graph.stubFor(post(MESSAGES).withHeader("Authorization", equalTo("Bearer " + NEW_TOKEN))
                .willReturn(okJson("{\"message_id\":\"m_new\"}")));
        windows.recordInbound(ACCOUNT, "late", "message:late", Instant.now());
        writer.enqueue("t:in-flight", new SendDirectMessage(ACCOUNT, "late", "Bonjour", false), null);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> graph.findAll(postRequestedFor(urlPathEqualTo(MESSAGES))).size() == 1);

        client.putJsonWithToken("/api/admin/access-token", "{\"accessToken\":\"" + NEW_TOKEN + "\"}",
                TestSecrets.ADMIN_TOKEN);

        await().atMost(Duration.ofSeconds(15)).until(() -> "DONE".equals(rows.outboxStatus("t:in-flight")));
        assertThat(graph.findAll(postRequestedFor(urlPathEqualTo(MESSAGES)))).extracting(
                sent -> sent.getHeader("Authorization")).containsExactly("Bearer " + TestSecrets.ACCESS_TOKEN,
                        "Bearer " + NEW_TOKEN);
        assertThat(alerts()).isZero();
        assertThat(accessTokenInfo().path("needsReauthorization").asBoolean()).isFalse();
    }

    @Test
    void aNewlyConfiguredTokenWinsOverTheOneStoredForThePreviousConfigurationAndResumesTheSends() {
        // what a node finds when it starts with a new INSTAGRAM_ACCESS_TOKEN: a row descended from another configured
        // token, holding that one's refreshed token, and the account paused
        jdbc.update("update account_token set source_fingerprint = ?, encrypted_token = ? where account_id = ?",
                "0".repeat(64), "c2VhbGVkIGJ5IGFuIG9sZGVyIGNvbmZpZ3VyYXRpb24=", ACCOUNT);
        jdbc.update("insert into account_state (account_id, needs_reauthorization) values (?, true)", ACCOUNT);
        assertThat(accessTokenInfo().path("needsReauthorization").asBoolean()).isTrue();

        tokens.adoptConfigured();

        assertThat(accessTokenInfo().path("needsReauthorization").asBoolean()).isFalse();
        assertThat(accessTokenInfo().path("status").path("inForce").asString()).isEqualTo("configured");
        assertThat(tokens.current(ACCOUNT).reveal()).isEqualTo(TestSecrets.ACCESS_TOKEN);
        assertThat(jdbc.queryForObject("select encrypted_token from account_token where account_id = ?",
                String.class, ACCOUNT)).isNull();
    }

    @Test
    void aTokenIsOnlyReplacedWithTheAdminTokenAndABody() {
        assertThat(client.putJsonWithToken("/api/admin/access-token", "{\"accessToken\":\"x\"}", "wrong")
                .statusCode()).isEqualTo(401);
        assertThat(client.putJsonWithToken("/api/admin/access-token", "{}", TestSecrets.ADMIN_TOKEN).statusCode())
                .isEqualTo(400);
    }
}
