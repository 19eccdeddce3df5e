package io.igbridge.diagnostics;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.igbridge.outbox.Reauthorizations;
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
 * {@code GET /api/admin/diagnostics} against a fake Graph API (a real HTTP server) answering each misconfiguration
 * of the seed guide's troubleshooting section, and a healthy one: a finding each, in plain words with its fix, never
 * a 500, never the token.
 */
@IntegrationTest
class DiagnosticsIntegrationTests extends ServiceTest {

    static final String ACCOUNT = "17841400000000001";
    static final String ME = "/v25.0/me";
    static final String SUBSCRIBED_APPS = "/v25.0/" + ACCOUNT + "/subscribed_apps";

    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("INSTAGRAM_GRAPH_API_URL", graph::baseUrl);
        // 2 s: a first call in a cold JVM on a busy machine can take more than one
        registry.add("IGBRIDGE_GRAPH_API_TIMEOUT", () -> "2s");
        registry.add("IGBRIDGE_TOKEN_KEY", () -> TestSecrets.TOKEN_KEY);
    }

    final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    Reauthorizations reauthorizations;

    @BeforeEach
    void resetFakeGraphAndTheTokensState() {
        graph.resetAll();
        reauthorizations.resume(ACCOUNT);
        jdbc.update("update account_token set refresh_failures = 0, last_refresh_error = null, expires_at = null"
                + " where account_id = ?", ACCOUNT);
    }

    private void metaSaysTheTokenIsOf(String userId) {
        graph.stubFor(get(urlPathEqualTo(ME)).withQueryParam("fields", equalTo("user_id,username"))
                .withHeader("Authorization", equalTo("Bearer " + TestSecrets.ACCESS_TOKEN))
                .willReturn(okJson("{\"user_id\":\"" + userId + "\",\"username\":\"atelier.lin\",\"id\":\"26\"}")));
    }

    private void metaSaysTheAppIsSubscribedTo(String fieldsJson) {
        graph.stubFor(get(urlPathEqualTo(SUBSCRIBED_APPS)).willReturn(okJson(
                "{\"data\":[{\"subscribed_fields\":" + fieldsJson + "}]}")));
    }

    private void metaAnswersAsForAHealthyConfiguration() {
        metaSaysTheTokenIsOf(ACCOUNT);
        metaSaysTheAppIsSubscribedTo("[\"comments\",\"messages\"]");
    }

    private JsonNode diagnose() {
        var answer = client.getWithToken("/api/admin/diagnostics", TestSecrets.ADMIN_TOKEN);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).doesNotContain(TestSecrets.ACCESS_TOKEN);
        return json.readTree(answer.body());
    }

    private static List<JsonNode> findings(JsonNode diagnosis, String severity) {
        List<JsonNode> found = new ArrayList<>();
        diagnosis.path("findings").forEach(finding -> {
            if (finding.path("severity").asString().equals(severity)) {
                found.add(finding);
            }
        });
        return found;
    }

    /** The diagnosis's one error, of {@code check}: the diagnosis says the configuration is not healthy. */
    private static JsonNode theOnlyError(JsonNode diagnosis, String check) {
        assertThat(diagnosis.path("healthy").asBoolean()).isFalse();
        List<JsonNode> errors = findings(diagnosis, "ERROR");
        assertThat(errors).as("errors").hasSize(1);
        assertThat(errors.get(0).path("check").asString()).isEqualTo(check);
        return errors.get(0);
    }

    @Test
    void aHealthyConfigurationHasNoError() {
        metaSaysTheTokenIsOf(ACCOUNT);
        metaSaysTheAppIsSubscribedTo("[\"comments\",\"messages\",\"feed\"]");

        JsonNode diagnosis = diagnose();

        assertThat(diagnosis.path("healthy").asBoolean()).isTrue();
        assertThat(findings(diagnosis, "ERROR")).isEmpty();
        assertThat(findings(diagnosis, "OK")).extracting(finding -> finding.path("message").asString())
                .anySatisfy(message -> assertThat(message).contains("atelier.lin"))
                .anySatisfy(message -> assertThat(message).contains("`comments`"))
                .anySatisfy(message -> assertThat(message).contains("`messages`"));
    }

    @Test
    void aRefusedTokenIsAnErrorSayingHowToGetANewOne() {
        graph.stubFor(get(urlPathEqualTo(ME)).willReturn(aResponse().withStatus(400).withBody(
                "{\"error\":{\"message\":\"Error validating access token: The session has been invalidated\","
                        + "\"type\":\"OAuthException\",\"code\":190,\"error_subcode\":460}}")));

        JsonNode diagnosis = diagnose();

        assertThat(diagnosis.path("healthy").asBoolean()).isFalse();
        JsonNode token = findings(diagnosis, "ERROR").get(0);
        assertThat(token.path("check").asString()).isEqualTo("token");
        assertThat(token.path("message").asString()).contains("190/460");
        assertThat(token.path("fix").asString()).contains("Generate a new long-lived access token");
        assertThat(graph.findAll(anyRequestedFor(urlPathEqualTo(SUBSCRIBED_APPS)))).isEmpty();
    }

    @Test
    void aTokenOfAnotherAccountIsAnErrorNamingBothIds() {
        metaSaysTheTokenIsOf("17841499999999999");
        metaSaysTheAppIsSubscribedTo("[\"comments\",\"messages\"]");

        JsonNode diagnosis = diagnose();

        assertThat(diagnosis.path("healthy").asBoolean()).isFalse();
        assertThat(findings(diagnosis, "ERROR")).singleElement().satisfies(finding -> {
            assertThat(finding.path("check").asString()).isEqualTo("account_id");
            assertThat(finding.path("message").asString()).contains("17841499999999999").contains(ACCOUNT);
            assertThat(finding.path("fix").asString()).contains("INSTAGRAM_PAGE_ID");
        });
    }

    @Test
    void aMissingSubscribedFieldIsAnErrorSayingWhatStopsWorkingAndHowToSubscribe() {
        metaSaysTheTokenIsOf(ACCOUNT);
        metaSaysTheAppIsSubscribedTo("[\"messages\"]");

        JsonNode diagnosis = diagnose();

        assertThat(diagnosis.path("healthy").asBoolean()).isFalse();
        assertThat(findings(diagnosis, "ERROR")).singleElement().satisfies(finding -> {
            assertThat(finding.path("check").asString()).isEqualTo("subscribed_fields");
            assertThat(finding.path("message").asString()).contains("not subscribed to `comments`");
            assertThat(finding.path("fix").asString()).contains("subscribed_apps?subscribed_fields=");
        });
    }

    @Test
    void anAppSubscribedToNoFieldIsAnErrorSayingNothingArrives() {
        metaSaysTheTokenIsOf(ACCOUNT);
        graph.stubFor(get(urlPathEqualTo(SUBSCRIBED_APPS)).willReturn(okJson("{\"data\":[]}")));

        JsonNode error = theOnlyError(diagnose(), "subscribed_fields");

        assertThat(error.path("message").asString()).contains("not subscribed to any webhook field")
                .contains("no DM and no comment");
        assertThat(error.path("fix").asString()).contains("subscribe to messages and comments")
                .contains("subscribed_apps?subscribed_fields=messages,comments");
    }

    @Test
    void aMissingMessagesFieldIsAnErrorSayingNoDmIsAnswered() {
        metaSaysTheTokenIsOf(ACCOUNT);
        metaSaysTheAppIsSubscribedTo("[\"comments\"]");

        JsonNode error = theOnlyError(diagnose(), "subscribed_fields");

        assertThat(error.path("message").asString()).contains("not subscribed to `messages`")
                .contains("no DM is answered");
        assertThat(error.path("fix").asString()).contains("subscribe to the field `messages`");
    }

    @Test
    void metaRefusingToListTheSubscribedFieldsIsAnErrorNamingThePermissionsNeeded() {
        metaSaysTheTokenIsOf(ACCOUNT);
        graph.stubFor(get(urlPathEqualTo(SUBSCRIBED_APPS)).willReturn(aResponse().withStatus(403).withBody(
                "{\"error\":{\"message\":\"(#10) Application does not have permission for this action\","
                        + "\"type\":\"OAuthException\",\"code\":10}}")));

        JsonNode error = theOnlyError(diagnose(), "subscribed_fields");

        assertThat(error.path("message").asString()).contains("would not list the webhook fields")
                .contains("HTTP 403, error 10").contains("does not have permission");
        assertThat(error.path("fix").asString()).contains("instagram_business_manage_messages")
                .contains("instagram_business_manage_comments");
    }

    @Test
    void aTokenMetaWillNotDescribeForAnotherReasonThan190IsAnErrorAboutTheLoginType() {
        // what graph.instagram.com answers a token of the other login (a Page token from Facebook Login)
        graph.stubFor(get(urlPathEqualTo(ME)).willReturn(aResponse().withStatus(400).withBody(
                "{\"error\":{\"message\":\"Unsupported get request. Object with ID 'me' does not exist, cannot be"
                        + " loaded due to missing permissions, or does not support this operation.\","
                        + "\"type\":\"GraphMethodException\",\"code\":100,\"error_subcode\":33}}")));

        JsonNode error = theOnlyError(diagnose(), "token");

        assertThat(error.path("message").asString()).contains("would not say whom the token belongs to")
                .contains("error 100/33");
        assertThat(error.path("fix").asString()).contains("IGBRIDGE_LOGIN (instagram) matches the token")
                .contains("Business Login for Instagram");
        assertThat(graph.findAll(anyRequestedFor(urlPathEqualTo(SUBSCRIBED_APPS)))).isEmpty();
    }

    @Test
    void aPausedAccountIsAnErrorEvenWhenMetaAcceptsTheTokenAgain() {
        metaAnswersAsForAHealthyConfiguration();
        reauthorizations.pause(ACCOUNT, "Graph API POST /v25.0/" + ACCOUNT + "/messages failed: REAUTHORIZE");

        JsonNode error = theOnlyError(diagnose(), "token");

        assertThat(error.path("message").asString()).isEqualTo("Replies of account " + ACCOUNT
                + " are paused: Meta refused the token.");
        assertThat(error.path("fix").asString()).contains("Generate a new long-lived access token")
                .contains("PUT /api/admin/access-token");
    }

    @Test
    void aFailedTokenRefreshIsAWarningSayingWhyAndWhenItIsTriedAgain() {
        metaAnswersAsForAHealthyConfiguration();
        Instant retry = Instant.parse("2031-05-04T03:02:01Z");
        // what TokenRefresh records when Meta's refresh endpoint fails (TokenRefreshIntegrationTests)
        jdbc.update("update account_token set refresh_failures = 2, last_refresh_error = ?, next_refresh_at = ?"
                + " where account_id = ?", "Graph API GET /refresh_access_token failed: TRANSIENT, HTTP 503",
                Timestamp.from(retry), ACCOUNT);

        JsonNode diagnosis = diagnose();

        assertThat(diagnosis.path("healthy").asBoolean()).as("a warning only").isTrue();
        assertThat(findings(diagnosis, "WARNING")).singleElement().satisfies(warning -> {
            assertThat(warning.path("check").asString()).isEqualTo("token_refresh");
            assertThat(warning.path("message").asString()).contains("The last refresh of the access token failed")
                    .contains("TRANSIENT, HTTP 503").contains("next try at " + retry);
            assertThat(warning.path("fix").asString()).contains("Meta's passing trouble")
                    .contains("Generate a new long-lived access token");
        });
    }

    @Test
    void anExpiredTokenIsAWarningSayingHowToGetANewOne() {
        metaAnswersAsForAHealthyConfiguration();
        Instant expired = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        jdbc.update("update account_token set expires_at = ? where account_id = ?", Timestamp.from(expired), ACCOUNT);

        assertThat(findings(diagnose(), "WARNING")).singleElement().satisfies(warning -> {
            assertThat(warning.path("check").asString()).isEqualTo("token_refresh");
            assertThat(warning.path("message").asString()).isEqualTo("The access token expires at " + expired + ".");
            assertThat(warning.path("fix").asString()).contains("Generate a new long-lived access token");
        });
    }

    @Test
    void anUnreachableGraphApiIsAFindingNotA500() {
        graph.stubFor(get(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        JsonNode diagnosis = diagnose();

        assertThat(diagnosis.path("healthy").asBoolean()).isFalse();
        assertThat(findings(diagnosis, "ERROR")).singleElement().satisfies(finding -> {
            assertThat(finding.path("check").asString()).isEqualTo("graph_api");
            assertThat(finding.path("fix").asString()).contains("outbound HTTPS");
        });
    }

    @Test
    void aSlowGraphApiIsAFindingWithinOneTimeout() {
        graph.stubFor(get(anyUrl()).willReturn(okJson("{}").withFixedDelay(5_000)));

        long started = System.nanoTime();
        JsonNode diagnosis = diagnose();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
        assertThat(findings(diagnosis, "ERROR")).singleElement().satisfies(finding -> {
            assertThat(finding.path("check").asString()).isEqualTo("graph_api");
            assertThat(finding.path("message").asString()).contains("did not answer within 2 s");
        });
    }

    @Test
    void diagnosticsNeedTheAdminToken() {
        assertThat(client.get("/api/admin/diagnostics").statusCode()).isEqualTo(401);
        assertThat(graph.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }
}
