package io.igbridge.graphapi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.igbridge.graphapi.FakeGraphApi.COMMENT_ID;
import static io.igbridge.graphapi.FakeGraphApi.IGSID;
import static io.igbridge.graphapi.FakeGraphApi.PROOF;
import static io.igbridge.graphapi.FakeGraphApi.TOKEN;
import static io.igbridge.graphapi.FakeGraphApi.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.igbridge.config.IgbridgeProperties;
import io.igbridge.config.IgbridgeProperties.LoginType;
import io.igbridge.config.Secret;
import io.igbridge.graphapi.GraphFailure.Kind;
import io.igbridge.support.FreePort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Meta's error answers, over real HTTP, mapped to what the caller does next (meta-platform.md §6.5). */
class GraphErrorMappingTests {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    @RegisterExtension
    static final FakeGraphApi meta = new FakeGraphApi();

    private final GraphApiClient client = meta.client(false, Duration.ofSeconds(5), Clock.fixed(NOW, ZoneOffset.UTC));

    @ParameterizedTest(name = "HTTP {0}, error {1}/{2}, is_transient {3} -> {4}")
    @CsvSource(nullValues = "-", textBlock = """
            # status, code, subcode, is_transient, kind
            500, 1,      -,       -,     TRANSIENT
            400, 1,      -,       -,     TRANSIENT
            503, 2,      -,       -,     TRANSIENT
            400, 100,    -,       true,  TRANSIENT
            500, 100,    -,       -,     TRANSIENT
            400, 4,      -,       -,     RATE_LIMITED
            400, 17,     -,       -,     RATE_LIMITED
            400, 32,     -,       -,     RATE_LIMITED
            400, 613,    -,       -,     RATE_LIMITED
            400, 613,    1996,    -,     RATE_LIMITED
            400, 613,    2534040, -,     RATE_LIMITED
            400, 341,    -,       -,     RATE_LIMITED
            400, 80001,  -,       -,     RATE_LIMITED
            400, 80002,  -,       -,     RATE_LIMITED
            400, 80006,  -,       -,     RATE_LIMITED
            400, 80004,  -,       -,     RATE_LIMITED
            429, 100,    -,       -,     RATE_LIMITED
            400, 190,    -,       -,     REAUTHORIZE
            401, 190,    460,     -,     REAUTHORIZE
            400, 190,    463,     false, REAUTHORIZE
            400, 190,    492,     -,     REAUTHORIZE
            500, 190,    467,     true,  REAUTHORIZE
            400, 102,    -,       -,     REAUTHORIZE
            400, 10,     2534022, -,     PERMANENT
            400, 10,     2018278, -,     PERMANENT
            400, 551,    -,       -,     PERMANENT
            400, 551,    1545041, -,     PERMANENT
            400, 200,    1545041, -,     PERMANENT
            400, 100,    2534014, -,     PERMANENT
            400, 100,    2534015, -,     PERMANENT
            400, 100,    2534025, -,     PERMANENT
            400, 100,    2534013, -,     PERMANENT
            400, 100,    2534029, -,     PERMANENT
            400, 10,     1893063, -,     PERMANENT
            400, 200,    2534041, -,     PERMANENT
            400, 2018300,-,       -,     PERMANENT
            400, 613,    2018338, -,     PERMANENT
            400, 100,    -,       false, PERMANENT
            403, 3,      -,       -,     PERMANENT
            403, 10,     -,       -,     PERMANENT
            403, 200,    -,       -,     PERMANENT
            403, 299,    -,       -,     PERMANENT
            400, 230,    -,       -,     PERMANENT
            """)
    void eachCodeMapsToItsKind(int status, int code, Integer subcode, Boolean isTransient, Kind expected) {
        String subcodeField = subcode == null ? "" : ",\"error_subcode\":" + subcode;
        String transientField = isTransient == null ? "" : ",\"is_transient\":" + isTransient;
        answer(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(
                "{\"error\":{\"message\":\"(#" + code + ") from the table\",\"type\":\"OAuthException\",\"code\":" + code
                        + subcodeField + transientField + ",\"fbtrace_id\":\"AbCdEf123\"}}"));

        GraphApiException failed = sendFails();

        assertThat(failed.kind()).isEqualTo(expected);
        assertThat(failed.httpStatus()).isEqualTo(status);
        assertThat(failed.code()).isEqualTo(code);
        assertThat(failed.subcode()).isEqualTo(subcode);
        assertThat(failed.fbtraceId()).isEqualTo("AbCdEf123");
        assertThat(failed.failure().message()).isEqualTo("(#" + code + ") from the table");
        assertThat(failed.failure().retryable()).isEqualTo(expected == Kind.TRANSIENT || expected == Kind.RATE_LIMITED);
        assertThat(failed.retryAfter() != null).isEqualTo(expected == Kind.RATE_LIMITED);
    }

    @ParameterizedTest(name = "HTTP {0} with body [{1}] -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            502 | <html><body><h1>502 Bad Gateway</h1></body></html> | TRANSIENT
            500 | ''                                                  | TRANSIENT
            504 | upstream timed out                                  | TRANSIENT
            429 | ''                                                  | RATE_LIMITED
            408 | ''                                                  | TRANSIENT
            400 | ''                                                  | PERMANENT
            404 | <html>Not Found</html>                              | PERMANENT
            400 | {"error":"a string, not an object"}                 | PERMANENT
            500 | {"error":{"message":"no code at all"}}              | TRANSIENT
            """)
    void answersWithoutMetasEnvelopeAreClassifiedByStatus(int status, String body, Kind expected) {
        answer(aResponse().withStatus(status).withHeader("Content-Type", "text/html").withBody(body));

        GraphApiException failed = sendFails();

        assertThat(failed.kind()).isEqualTo(expected);
        assertThat(failed.getMessage()).contains("HTTP " + status).doesNotContain("<html", "<h1>");
    }

    @Test
    void rateLimitWaitComesFromEstimatedTimeToRegainAccessInMinutes() {
        answer(error(400, 80002).withHeader("Retry-After", "30").withHeader("X-Business-Use-Case-Usage", """
                {"17841400000000001":[{"type":"instagram","call_count":100,"total_cputime":25,"total_time":25,
                "estimated_time_to_regain_access":19}]}"""));

        GraphApiException failed = sendFails();

        assertThat(failed.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(failed.retryAfter()).isEqualTo(Duration.ofMinutes(19));
        assertThat(failed.failure().usage()).isEqualTo(new GraphUsage(100, Duration.ofMinutes(19)));
        assertThat(failed.failure().usage().throttled()).isTrue();
    }

    @Test
    void rateLimitWaitComesFromRetryAfterSecondsOrDateWhenMetaGivesNoEstimate() {
        answer(error(400, 4).withHeader("Retry-After", "120")
                .withHeader("X-App-Usage", "{\"call_count\":100,\"total_time\":40,\"total_cputime\":12}"));
        assertThat(sendFails().retryAfter()).isEqualTo(Duration.ofSeconds(120));

        meta.server.resetAll();
        answer(aResponse().withStatus(429).withHeader("Retry-After", "Mon, 23 Nov 2026 10:05:00 GMT"));
        assertThat(sendFails().retryAfter()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void rateLimitWaitDefaultsToAMinute() {
        answer(error(400, 17));

        assertThat(sendFails().retryAfter()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void aTransientErrorKeepsRetryAfterWhenGiven() {
        answer(aResponse().withStatus(503).withHeader("Retry-After", "7"));

        GraphApiException failed = sendFails();

        assertThat(failed.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(failed.retryAfter()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void aCallSlowerThanTheTimeoutIsTransient() {
        answer(aResponse().withFixedDelay(2_000).withHeader("Content-Type", "application/json")
                .withBody("{\"message_id\":\"late\"}"));
        var impatient = meta.client(false, Duration.ofMillis(200), Clock.systemUTC());

        long started = System.nanoTime();
        GraphApiException failed = catchThrowableOfType(GraphApiException.class,
                () -> impatient.sendText(account(LoginType.INSTAGRAM), IGSID, "Bonjour !", MessageTag.NONE));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1_500));
        assertThat(failed.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(failed.httpStatus()).isZero();
        assertThat(failed.getMessage()).contains("timed out");
    }

    @Test
    void anAnswerWhoseBodyTricklesInSlowerThanTheTimeoutIsTransient() {
        // a piece every 100 ms: never silent as long as the 300 ms timeout, yet 2 s in all
        answer(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"message_id\":\"m_slow\",\"recipient_id\":\"" + IGSID + "\"}")
                .withChunkedDribbleDelay(20, 2_000));
        var impatient = meta.client(false, Duration.ofMillis(300), Clock.systemUTC());

        long started = System.nanoTime();
        GraphApiException failed = catchThrowableOfType(GraphApiException.class,
                () -> impatient.sendText(account(LoginType.INSTAGRAM), IGSID, "Bonjour !", MessageTag.NONE));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1_500));
        assertThat(failed.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(failed.httpStatus()).isZero();
        assertThat(failed.getMessage()).contains("timed out");
    }

    @Test
    void aRedirectIsNotFollowedSoTheTokenGoesNowhereElse() {
        meta.server.stubFor(post(urlPathMatching(".*/messages")).willReturn(aResponse().withStatus(307)
                .withHeader("Location", meta.server.baseUrl() + "/elsewhere")));
        meta.server.stubFor(any(urlPathEqualTo("/elsewhere")).willReturn(okJson("{\"message_id\":\"m_elsewhere\"}")));

        GraphApiException failed = sendFails();

        assertThat(failed.httpStatus()).isEqualTo(307);
        meta.server.verify(0, anyRequestedFor(urlPathEqualTo("/elsewhere")));
    }

    @Test
    void aRefusedConnectionIsTransient() throws Exception {
        int closedPort = FreePort.pick();
        var settings = new IgbridgeProperties.GraphApi("http://127.0.0.1:" + closedPort, "v25.0", true,
                Duration.ofSeconds(2));
        var unreachable = new GraphApiClient(settings, new Secret(FakeGraphApi.APP_SECRET), Clock.systemUTC());

        GraphApiException failed = catchThrowableOfType(GraphApiException.class,
                () -> unreachable.deleteComment(account(LoginType.FACEBOOK), COMMENT_ID));

        assertThat(failed.kind()).isEqualTo(Kind.TRANSIENT);
        assertNoSecretIn(failed);
    }

    @Test
    void metasMessagesAndUserMessagesAreKept() {
        answer(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody("""
                {"error":{"message":"(#10) This message is sent outside of allowed window.","type":"OAuthException",
                "code":10,"error_subcode":2534022,"error_user_title":"Window closed",
                "error_user_msg":"Reply within 24 hours.","fbtrace_id":"Hx9"}}"""));

        GraphApiException failed = sendFails();

        assertThat(failed.failure().userMessage()).isEqualTo("Window closed: Reply within 24 hours.");
        assertThat(failed.getMessage()).isEqualTo("Graph API POST /v25.0/" + FakeGraphApi.IG_USER_ID
                + "/messages failed: PERMANENT, HTTP 400, error 10/2534022: (#10) This message is sent outside of"
                + " allowed window. (Window closed: Reply within 24 hours.) [fbtrace_id Hx9]");
    }

    @Test
    void noTokenNorProofNorQueryInAnyMessageEvenWhenMetaEchoesThem() {
        answer(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody(
                "{\"error\":{\"message\":\"Invalid OAuth access token - Cannot parse access token " + TOKEN
                        + " (proof " + PROOF + ")\",\"type\":\"OAuthException\",\"code\":190,"
                        + "\"error_user_msg\":\"token " + TOKEN + "\",\"fbtrace_id\":\"T1\"}}"));
        var withProof = meta.client(true, Duration.ofSeconds(5), Clock.systemUTC());

        GraphApiException failed = catchThrowableOfType(GraphApiException.class,
                () -> withProof.sendText(account(LoginType.FACEBOOK), IGSID, "Bonjour !", MessageTag.NONE));

        assertThat(failed.kind()).isEqualTo(Kind.REAUTHORIZE);
        assertThat(failed.getMessage()).contains("Invalid OAuth access token", "[secret]");
        assertNoSecretIn(failed);
    }

    @Test
    void aTimeoutCarriesNoSecretEither() {
        answer(aResponse().withFixedDelay(2_000));
        var impatient = meta.client(true, Duration.ofMillis(200), Clock.systemUTC());

        assertNoSecretIn(catchThrowableOfType(GraphApiException.class,
                () -> impatient.markSeen(account(LoginType.FACEBOOK), IGSID)));
    }

    private static void assertNoSecretIn(GraphApiException failed) {
        assertThat(failed).isNotNull();
        for (String shown : new String[] {failed.getMessage(), failed.toString(), failed.failure().toString()}) {
            assertThat(shown).doesNotContain(TOKEN, PROOF, "access_token=", "appsecret_proof", "?");
        }
        assertThat(failed.getCause()).isNull();
    }

    private GraphApiException sendFails() {
        return catchThrowableOfType(GraphApiException.class,
                () -> client.sendText(account(LoginType.INSTAGRAM), IGSID, "Bonjour !", MessageTag.NONE));
    }

    private static ResponseDefinitionBuilder error(int status, int code) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"limit\",\"type\":\"OAuthException\",\"code\":" + code + "}}");
    }

    private static void answer(ResponseDefinitionBuilder response) {
        meta.server.stubFor(any(anyUrl()).willReturn(response));
    }
}
