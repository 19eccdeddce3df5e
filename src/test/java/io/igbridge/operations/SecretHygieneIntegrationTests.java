package io.igbridge.operations;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.common.Notifier;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.igbridge.support.Deliveries;
import io.igbridge.support.IntegrationTest;
import io.igbridge.support.ServiceTest;
import io.igbridge.support.TestDatabases;
import io.igbridge.support.UiClient;
import io.igbridge.support.WebhookClient;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Secret hygiene: the main flows run with recognisable secrets, and none of them shows anywhere the service shows
 * things: its log (captured from start-up on: the context is this class's own), its HTTP answers (status, headers
 * and bodies), its metrics, and what it stored (every column of every table, errors included). The flows: a signed
 * DM answered by an auto-reply through a fake Graph API, another whose reply Meta refuses (the error is stored on
 * the action), two whose replies time out or get no answer (a reset connection: what is stored and logged then),
 * forged and unsigned deliveries, the verification handshake with a wrong and the right token, the
 * admin API with a wrong and the right token (an agent created with a password), the web UI's sign-in with a wrong
 * and the right password, and the operator's views (webhook-info, health, Prometheus).
 *
 * <p>Facebook Login, where the access token travels in the URL's query (the riskier place: URLs end up in
 * exception messages and logs), with {@code appsecret_proof} on. The fake Graph API stands for Meta, outside the
 * service: it never echoes the token, and it logs nothing (its log is not the service's). The wrong tokens and
 * password presented are checked too: what a caller sends is not logged either. The database password is checked on
 * H2, where the test sets it; the PostgreSQL run keeps the embedded server's.
 */
@ExtendWith(OutputCaptureExtension.class)
@IntegrationTest
class SecretHygieneIntegrationTests extends ServiceTest {

    static final String APP_SECRET = "hygiene-app-secret-5f1e0c";
    static final String ACCESS_TOKEN = "IGQWhygieneAccessToken7c2d9e";
    static final String VERIFY_TOKEN = "hygiene-verify-token-a81b4d";
    static final String ADMIN_TOKEN = "hygiene-admin-token-3e6f07";
    static final String AGENT_PASSWORD = "hygiene-agent-password-d40c92";
    static final String DATABASE_PASSWORD = "hygiene-database-password-b17a35";
    /** IGBRIDGE_TOKEN_KEY: 32 recognisable bytes, base64. */
    static final String TOKEN_KEY_BYTES = "hygiene-token-key-0123456789abcd";
    static final String TOKEN_KEY = java.util.Base64.getEncoder()
            .encodeToString(TOKEN_KEY_BYTES.getBytes(StandardCharsets.US_ASCII));
    /** A token put in force through the admin API: stored encrypted, never shown. */
    static final String NEW_ACCESS_TOKEN = "IGQWhygieneNewAccessToken5b8e1f";
    static final String PAGE = "100000000000002";
    static final String ADDED_ACCOUNT = "17841400000000777";
    static final String ADDED_ACCOUNT_TOKEN = "IGQWhygieneAddedAccountToken9d3a";

    /** What a caller wrongly presented: not to be repeated either. */
    static final String WRONG_VERIFY_TOKEN = "hygiene-wrong-verify-token-66d1";
    static final String WRONG_ADMIN_TOKEN = "hygiene-wrong-admin-token-0b9e";
    static final String WRONG_PASSWORD = "hygiene-wrong-password-c3a8";
    static final String FORGING_SECRET = "hygiene-forging-secret-91f2";

    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().notifier(new Silent())).build();

    /** Where the service shows things, each with what it showed. */
    private final Map<String, String> shown = new LinkedHashMap<>();

    @DynamicPropertySource
    static void recognisableSecrets(DynamicPropertyRegistry registry) {
        registry.add("INSTAGRAM_WEBHOOK_SECRET", () -> APP_SECRET);
        registry.add("INSTAGRAM_ACCESS_TOKEN", () -> ACCESS_TOKEN);
        registry.add("INSTAGRAM_VERIFY_TOKEN", () -> VERIFY_TOKEN);
        registry.add("IGBRIDGE_ADMIN_TOKEN", () -> ADMIN_TOKEN);
        registry.add("IGBRIDGE_TOKEN_KEY", () -> TOKEN_KEY);
        registry.add("INSTAGRAM_GRAPH_API_URL", graph::baseUrl);
        registry.add("IGBRIDGE_LOGIN", () -> "facebook");
        registry.add("INSTAGRAM_PAGE_ID", () -> PAGE);
        registry.add("IGBRIDGE_APPSECRET_PROOF", () -> "true");
        registry.add("IGBRIDGE_OUTBOX_POLL_INTERVAL", () -> "200ms");
        registry.add("IGBRIDGE_GRAPH_API_TIMEOUT", () -> "2s");
        if (!TestDatabases.postgresSelected()) {
            registry.add("spring.datasource.password", () -> DATABASE_PASSWORD);
        }
    }

    @BeforeEach
    void fakeGraphApi() {
        graph.resetAll();
        graph.stubFor(any(anyUrl()).atPriority(10).willReturn(okJson("{}")));
        graph.stubFor(post(urlPathMatching("/v25\\.0/.*/messages")).atPriority(5)
                .willReturn(okJson("{\"recipient_id\":\"7701\",\"message_id\":\"m_hygiene_sent\"}")));
        graph.stubFor(post(urlPathMatching("/v25\\.0/.*/messages")).withRequestBody(containing("7702")).atPriority(1)
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody("""
                        {"error":{"message":"(#100) The parameter recipient is invalid","type":"OAuthException",\
                        "code":100,"error_subcode":2018001,"fbtrace_id":"AHygieneTrace"}}""")));
        graph.stubFor(post(urlPathMatching("/v25\\.0/.*/messages")).withRequestBody(containing("7705")).atPriority(1)
                .willReturn(okJson("{\"message_id\":\"m_too_late\"}").withFixedDelay(5_000)));
        graph.stubFor(post(urlPathMatching("/v25\\.0/.*/messages")).withRequestBody(containing("7706")).atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    @Test
    void noSecretShowsInLogsAnswersMetricsOrStoredRows(CapturedOutput log) {
        aSignedDmIsAnsweredThroughTheGraphApi();
        aGraphApiErrorIsStoredOnTheAction();
        sendsThatTimeOutOrGetNoAnswerStoreWhatHappened();
        forgedAndUnsignedDeliveriesAreRefused();
        theHandshakeRefusesAWrongTokenAndAnswersTheRightOne();
        theAdminApiRefusesAWrongTokenAndServesTheRightOne();
        anAgentSignsInToTheWebUi();
        anAccountIsAddedAndItsDmAnsweredWithItsToken();
        aNewAccessTokenIsPutInForceAndTheSelfCheckRuns();
        shown.put("GET /api/instagram/webhook-info", answer(client.get("/api/instagram/webhook-info")));
        shown.put("GET /actuator/health", answer(client.get("/actuator/health")));
        String metrics = answer(client.get("/actuator/prometheus"));
        assertThat(metrics).contains("igbridge_webhook_deliveries_received_total",
                "igbridge_webhook_deliveries_rejected_total");
        shown.put("GET /actuator/prometheus", metrics);
        shown.putAll(everyStoredRow());
        assertThat(log.getAll()).contains("Started SecretHygieneIntegrationTests");
        shown.put("the log", log.getAll());

        SoftAssertions leaks = new SoftAssertions();
        secrets().forEach((secret, value) -> shown.forEach((where, text) ->
                leaks.assertThat(text).as("%s shows the %s", where, secret).doesNotContain(value)));
        leaks.assertAll();
    }

    private void aSignedDmIsAnsweredThroughTheGraphApi() {
        record("signed DM", postSigned(Deliveries.dmNow("7701", "mid.hygiene-hello", "Bonjour !"), APP_SECRET), 200);

        await().atMost(Duration.ofSeconds(15)).until(() -> sendsTo("7701").size() == 1);
        LoggedRequest sent = sendsTo("7701").get(0);
        assertThat(sent.queryParameter("access_token").firstValue()).as("the token did travel").isEqualTo(ACCESS_TOKEN);
        assertThat(sent.queryParameter("appsecret_proof").isPresent()).isTrue();
    }

    private void aGraphApiErrorIsStoredOnTheAction() {
        record("signed DM refused by Meta", postSigned(Deliveries.dmNow("7702", "mid.hygiene-prix", "prix ?"), APP_SECRET), 200);

        await().atMost(Duration.ofSeconds(15)).until(() -> !jdbc.queryForList(
                "select last_error from outbox_action where status = 'FAILED' and last_error like '%(#100)%'").isEmpty());
        assertThat(sendsTo("7702")).hasSize(1);
    }

    private void sendsThatTimeOutOrGetNoAnswerStoreWhatHappened() {
        record("signed DM whose reply times out", postSigned(Deliveries.dmNow("7705", "mid.hygiene-slow", "Bonjour !"),
                APP_SECRET), 200);
        record("signed DM whose reply gets no answer", postSigned(Deliveries.dmNow("7706", "mid.hygiene-reset",
                "Bonjour !"), APP_SECRET), 200);

        await().atMost(Duration.ofSeconds(30)).until(() -> storedErrorsLike("%timed out%") > 0
                && storedErrorsLike("%no answer%") > 0 && !sendsTo("7705").isEmpty() && !sendsTo("7706").isEmpty());
        assertThat(sendsTo("7705").get(0).queryParameter("access_token").firstValue()).as("the token did travel")
                .isEqualTo(ACCESS_TOKEN);
    }

    private long storedErrorsLike(String pattern) {
        return jdbc.queryForObject("select count(*) from outbox_action where last_error like ?", Long.class, pattern);
    }

    private void forgedAndUnsignedDeliveriesAreRefused() {
        String body = Deliveries.dmNow("7703", "mid.hygiene-forged", "Bonjour !");
        record("forged delivery", postSigned(body, FORGING_SECRET), 401);
        record("unsigned delivery", client.post("/api/instagram/webhook", body.getBytes(StandardCharsets.UTF_8),
                "Content-Type", "application/json"), 401);
    }

    private void theHandshakeRefusesAWrongTokenAndAnswersTheRightOne() {
        String handshake = "/api/instagram/webhook?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=";
        record("handshake with a wrong token", client.get(handshake + encode(WRONG_VERIFY_TOKEN)), 403);
        assertThat(record("handshake with the right token", client.get(handshake + encode(VERIFY_TOKEN)), 200))
                .isEqualTo("1158201444");
    }

    private void theAdminApiRefusesAWrongTokenAndServesTheRightOne() {
        record("admin API with a wrong token", client.getWithToken("/api/admin/actions?status=FAILED", WRONG_ADMIN_TOKEN), 401);
        assertThat(record("admin API with the right token",
                client.getWithToken("/api/admin/actions?status=FAILED", ADMIN_TOKEN), 200)).contains("(#100)");
        record("admin API creating an agent", client.postJsonWithToken("/api/admin/agents", """
                {"username":"hygiene","displayName":"Hygiène","password":"%s"}""".formatted(AGENT_PASSWORD),
                ADMIN_TOKEN), 201);
        record("admin API listing agents", client.getWithToken("/api/admin/agents", ADMIN_TOKEN), 200);
    }

    private void anAccountIsAddedAndItsDmAnsweredWithItsToken() {
        record("admin API adding an account", client.postJsonWithToken("/api/admin/accounts", "{\"accountId\":\""
                + ADDED_ACCOUNT + "\",\"login\":\"instagram\",\"accessToken\":\"" + ADDED_ACCOUNT_TOKEN
                + "\",\"displayName\":\"Hygiène B\"}", ADMIN_TOKEN), 201);
        record("admin API listing accounts", client.getWithToken("/api/admin/accounts", ADMIN_TOKEN), 200);
        record("signed DM to the added account", postSigned(Deliveries.dmNow(ADDED_ACCOUNT, "7704",
                "mid.hygiene-added", "Bonjour !"), APP_SECRET), 200);

        String messages = "/v25.0/" + ADDED_ACCOUNT + "/messages";
        await().atMost(Duration.ofSeconds(15)).until(() -> graph.findAll(postRequestedFor(urlPathMatching(messages)))
                .size() == 1);
        assertThat(graph.findAll(postRequestedFor(urlPathMatching(messages))).get(0).getHeader("Authorization"))
                .as("its own token did travel").isEqualTo("Bearer " + ADDED_ACCOUNT_TOKEN);
    }

    private void aNewAccessTokenIsPutInForceAndTheSelfCheckRuns() {
        record("admin API putting a new access token in force", client.putJsonWithToken("/api/admin/access-token",
                "{\"accessToken\":\"" + NEW_ACCESS_TOKEN + "\"}", ADMIN_TOKEN), 200);
        record("self-check", client.getWithToken("/api/admin/diagnostics", ADMIN_TOKEN), 200);
    }

    private void anAgentSignsInToTheWebUi() {
        UiClient stranger = new UiClient(port);
        record("sign-in page", stranger.get("/ui/login"), 200);
        record("sign-in with a wrong password", stranger.signIn("hygiene", WRONG_PASSWORD), 302);
        UiClient agent = new UiClient(port);
        HttpResponse<String> signedIn = agent.signIn("hygiene", AGENT_PASSWORD);
        assertThat(signedIn.headers().firstValue("Location")).hasValue("/ui/");
        record("sign-in with the right password", signedIn, 302);
        record("the inbox page", agent.get("/ui/"), 200);
        record("the agent, as JSON", agent.get("/ui/api/me"), 200);
    }

    private HttpResponse<String> postSigned(String body, String secret) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return client.post("/api/instagram/webhook", bytes, "Content-Type", "application/json",
                "X-Hub-Signature-256", WebhookClient.signature(secret, bytes));
    }

    /** Keeps what an answer showed (status, headers, body), after checking its status; returns the body. */
    private String record(String where, HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(where + ": " + response.body()).isEqualTo(status);
        shown.put(where, answer(response));
        return response.body();
    }

    private static String answer(HttpResponse<String> response) {
        return response.statusCode() + "\n" + response.headers().map() + "\n" + response.body();
    }

    private List<LoggedRequest> sendsTo(String person) {
        return graph.findAll(postRequestedFor(urlPathMatching("/v25\\.0/" + PAGE + "/messages"))).stream()
                .filter(request -> request.getBodyAsString().contains(person)).toList();
    }

    /** Every value of every column of every table, binary ones read as UTF-8, by table. */
    private Map<String, String> everyStoredRow() {
        Map<String, String> tables = new LinkedHashMap<>();
        for (String table : jdbc.queryForList("""
                select table_name from information_schema.tables
                where lower(table_schema) = 'public' and table_type = 'BASE TABLE'""", String.class)) {
            List<String> values = new ArrayList<>();
            jdbc.query("select * from " + table, row -> {
                for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                    Object value = row.getObject(column);
                    values.add(value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                            : String.valueOf(value));
                }
            });
            tables.put("table " + table, String.join("\n", values));
        }
        assertThat(tables).containsKeys("table raw_delivery", "table outbox_action", "table agent");
        assertThat(tables.get("table outbox_action")).contains("(#100)");
        return tables;
    }

    private static Map<String, String> secrets() {
        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("app secret", APP_SECRET);
        secrets.put("access token", ACCESS_TOKEN);
        secrets.put("verify token", VERIFY_TOKEN);
        secrets.put("admin token", ADMIN_TOKEN);
        secrets.put("agent's password", AGENT_PASSWORD);
        secrets.put("token key", TOKEN_KEY);
        secrets.put("token key's bytes", TOKEN_KEY_BYTES);
        secrets.put("access token put in force", NEW_ACCESS_TOKEN);
        secrets.put("added account's token", ADDED_ACCOUNT_TOKEN);
        if (!TestDatabases.postgresSelected()) {
            secrets.put("database password", DATABASE_PASSWORD);
        }
        secrets.put("wrong verify token presented", WRONG_VERIFY_TOKEN);
        secrets.put("wrong admin token presented", WRONG_ADMIN_TOKEN);
        secrets.put("wrong password presented", WRONG_PASSWORD);
        secrets.put("forger's secret", FORGING_SECRET);
        return secrets;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The fake stands for Meta: what it receives is not the service's log. */
    private static final class Silent implements Notifier {

        @Override
        public void info(String message) {
        }

        @Override
        public void error(String message) {
        }

        @Override
        public void error(String message, Throwable t) {
        }
    }
}
