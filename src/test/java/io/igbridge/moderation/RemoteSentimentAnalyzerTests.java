package io.igbridge.moderation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.igbridge.config.Secret;
import io.igbridge.support.FreePort;
import io.igbridge.support.SettableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.json.JsonMapper;

/**
 * The remote classifier against a real HTTP server standing in for an OpenAI-compatible API: the request it sends,
 * the answers it takes, and the fallback, with its cause, on everything else.
 */
@ExtendWith(OutputCaptureExtension.class)
class RemoteSentimentAnalyzerTests {

    @RegisterExtension
    static final WireMockExtension model = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
            .build();

    /** Recognisable, so a test can tell it never leaks. */
    private static final String API_KEY = "sk-test-key-5e1d0c7b";
    private static final String TEXT = "Livraison en retard, c'est une arnaque ?";
    private static final String ENDPOINT = "/v1/chat/completions";
    private static final String GOOD_ANSWER = """
            {"language":"fr","sentiment":"negative","score":-0.8,"abusive":false,"spam":false,"question":true,
             "reasons":["negative: arnaque","negative: en retard"]}""";

    /** What the built-in classifier would say, recognisable among the remote's answers. */
    private static final Classification BUILT_IN = new Classification(TextLanguage.OTHER, Sentiment.NEUTRAL, 0,
            false, false, false, List.of("fallback's own reason"), "built-in");
    private static final SentimentAnalyzer FALLBACK = text -> BUILT_IN;

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-23T10:00:00Z"));

    @AfterEach
    void clearInterruptFlag() {
        Thread.interrupted();
    }

    @Test
    void aGoodAnswerIsUsedAndTheRequestCarriesTheModelTheKeyAndTheText() {
        model.stubFor(post(ENDPOINT).willReturn(completion(GOOD_ANSWER)));

        Classification result = analyzer().classify(TEXT);

        assertThat(result).isEqualTo(new Classification(TextLanguage.FR, Sentiment.NEGATIVE, -0.8, false, false,
                true, List.of("negative: arnaque", "negative: en retard"), "remote"));
        model.verify(1, postRequestedFor(urlPathEqualTo(ENDPOINT))
                .withHeader("Authorization", equalTo("Bearer " + API_KEY))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(matchingJsonPath("$.model", equalTo("test-model")))
                .withRequestBody(matchingJsonPath("$.temperature", equalTo("0")))
                .withRequestBody(matchingJsonPath("$.response_format", equalToJson("{\"type\":\"json_object\"}")))
                .withRequestBody(matchingJsonPath("$.messages[0].role", equalTo("system")))
                .withRequestBody(matchingJsonPath("$.messages[1].role", equalTo("user")))
                .withRequestBody(matchingJsonPath("$.messages[1].content", equalTo(TEXT))));
    }

    @Test
    void theSystemPromptAsksForTheAnswersFieldsAndDefinesAbuseAndSpam() {
        model.stubFor(post(ENDPOINT).willReturn(completion(GOOD_ANSWER)));

        analyzer().classify(TEXT);

        String prompt = model.getAllServeEvents().get(0).getRequest().getBodyAsString();
        assertThat(JsonMapper.shared().readTree(prompt).at("/messages/0/content").stringValue())
                .contains("\"language\":\"fr|en|other\"", "\"sentiment\":\"positive|negative|neutral\"",
                        "\"score\":-1..1", "\"abusive\":bool", "\"spam\":bool", "\"question\":bool", "\"reasons\"")
                .contains("insults", "Swearing used positively", "link in bio", "crypto giveaways", "fake winners");
    }

    @Test
    void noAuthorizationHeaderIsSentWithoutAKey() {
        model.stubFor(post(ENDPOINT).willReturn(completion(GOOD_ANSWER)));
        var settings = new ModerationProperties.Llm(model.baseUrl() + "/v1", new Secret(" "), null, null, 0);

        assertThat(new RemoteSentimentAnalyzer(settings, FALLBACK).classify(TEXT).analyzer()).isEqualTo("remote");

        model.verify(1, postRequestedFor(urlPathEqualTo(ENDPOINT)).withoutHeader("Authorization")
                .withRequestBody(matchingJsonPath("$.model", equalTo("gpt-4o-mini"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1", "/v1/", "/v1/chat/completions", "/v1/chat/completions/"})
    void chatCompletionsIsAddedToTheUrlUnlessItIsAlreadyThere(String path) {
        model.stubFor(post(ENDPOINT).willReturn(completion(GOOD_ANSWER)));

        Classification result = analyzer(model.baseUrl() + path, Duration.ofSeconds(5)).classify(TEXT);

        assertThat(result.analyzer()).isEqualTo("remote");
        model.verify(1, anyRequestedFor(anyUrl()));
        model.verify(1, postRequestedFor(urlPathEqualTo(ENDPOINT)));
    }

    @Test
    void anAnswerInAFencedCodeBlockIsRead() {
        model.stubFor(post(ENDPOINT).willReturn(completion("```json\n" + GOOD_ANSWER + "\n```")));

        assertThat(analyzer().classify(TEXT).sentiment()).isEqualTo(Sentiment.NEGATIVE);
    }

    @Test
    void theScoreIsClampedMissingFlagsAreFalseAndReasonsAreBounded() {
        String longReason = "x".repeat(300);
        String reasons = IntStream.rangeClosed(1, 12).mapToObj(i -> i == 1 ? longReason : "reason\n" + i)
                .map(reason -> JsonMapper.shared().writeValueAsString(reason)).reduce((a, b) -> a + "," + b)
                .orElseThrow();
        model.stubFor(post(ENDPOINT).willReturn(completion(
                "{\"language\":\"en\",\"sentiment\":\"positive\",\"score\":3,\"reasons\":[" + reasons + "]}")));

        Classification result = analyzer().classify("love it");

        assertThat(result.score()).isEqualTo(1.0);
        assertThat(result.abusive()).isFalse();
        assertThat(result.spam()).isFalse();
        assertThat(result.question()).isFalse();
        assertThat(result.reasons()).hasSize(10).startsWith("x".repeat(200), "reason 2").endsWith("reason 10");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "not json at all",
            "[]",
            "{\"language\":\"fr\"",
            "{\"language\":\"de\",\"sentiment\":\"negative\",\"score\":-0.5}",
            "{\"language\":\"fr\",\"sentiment\":\"angry\",\"score\":-0.5}",
            "{\"language\":\"fr\",\"score\":-0.5}",
            "{\"sentiment\":\"negative\",\"score\":-0.5}",
            "{\"language\":\"fr\",\"sentiment\":\"negative\"}",
            "{\"language\":\"fr\",\"sentiment\":\"negative\",\"score\":\"very\"}",
            "{\"language\":\"fr\",\"sentiment\":\"negative\",\"score\":-0.5,\"abusive\":\"yes\"}",
            "{\"language\":\"fr\",\"sentiment\":\"negative\",\"score\":-0.5,\"reasons\":\"arnaque\"}",
            "{\"language\":\"fr\",\"sentiment\":\"negative\",\"score\":-0.5} and some words"})
    void anInvalidAnswerFallsBack(String content) {
        model.stubFor(post(ENDPOINT).willReturn(completion(content)));

        Classification result = analyzer().classify(TEXT);

        assertFellBackWith(result, "remote classifier unavailable: invalid answer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<html>Bad gateway</html>", "{}", "{\"choices\":[]}",
            "{\"choices\":[{\"message\":{\"content\":null}}]}"})
    void aResponseWithoutMessageContentFallsBack(String body) {
        model.stubFor(post(ENDPOINT).willReturn(aResponse().withStatus(200).withBody(body)));

        assertFellBackWith(analyzer().classify(TEXT), "remote classifier unavailable: invalid answer");
    }

    @Test
    void theSameTextIsSentOnceAndItsAnswerKeptAnHour() {
        model.stubFor(post(ENDPOINT).willReturn(completion(GOOD_ANSWER)));
        RemoteSentimentAnalyzer analyzer = analyzer();

        Classification first = analyzer.classify(TEXT);
        Classification second = analyzer.classify(TEXT);
        analyzer.classify("Une autre question ?");
        model.verify(2, postRequestedFor(urlPathEqualTo(ENDPOINT)));

        clock.advance(Duration.ofMinutes(59));
        analyzer.classify(TEXT);
        model.verify(2, postRequestedFor(urlPathEqualTo(ENDPOINT)));
        clock.advance(Duration.ofMinutes(1));
        analyzer.classify(TEXT);

        assertThat(second).isEqualTo(first);
        model.verify(3, postRequestedFor(urlPathEqualTo(ENDPOINT)));
    }

    @Test
    void anHttpErrorFallsBackWithItsStatus() {
        model.stubFor(post(ENDPOINT).willReturn(aResponse().withStatus(500)));

        assertFellBackWith(analyzer().classify(TEXT), "remote classifier unavailable: HTTP 500");
    }

    static Stream<Named<ResponseDefinitionBuilder>> slowAnswers() {
        return Stream.of(Named.of("headers after 2s", completion(GOOD_ANSWER).withFixedDelay(2_000)),
                Named.of("body trickling in over 2s", completion(GOOD_ANSWER).withChunkedDribbleDelay(10, 2_000)));
    }

    @ParameterizedTest
    @MethodSource("slowAnswers")
    void aServerSlowerThanTheTimeoutFallsBackInTime(ResponseDefinitionBuilder slowAnswer) {
        model.stubFor(post(ENDPOINT).willReturn(slowAnswer));
        RemoteSentimentAnalyzer analyzer = analyzer(model.baseUrl() + "/v1", Duration.ofMillis(300));

        long start = System.nanoTime();
        Classification result = analyzer.classify(TEXT);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertFellBackWith(result, "remote classifier unavailable: timeout after 300ms");
        assertThat(took).isLessThan(Duration.ofMillis(1_200));
    }

    @Test
    void aClosedPortFallsBack() {
        int closedPort = FreePort.pick();

        Classification result = analyzer("http://127.0.0.1:" + closedPort + "/v1", Duration.ofSeconds(2))
                .classify(TEXT);

        assertFellBackWith(result, "remote classifier unavailable: cannot connect");
    }

    @Test
    void anInterruptedCallFallsBackAndKeepsTheInterrupt() {
        model.stubFor(post(ENDPOINT).willReturn(completion(GOOD_ANSWER).withFixedDelay(2_000)));
        RemoteSentimentAnalyzer analyzer = analyzer();
        Thread.currentThread().interrupt();

        Classification result = analyzer.classify(TEXT);

        assertFellBackWith(result, "remote classifier unavailable: interrupted");
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }

    @Test
    void afterAFailureTheRemoteIsNotCalledFor30SecondsAndFailuresAreNotKept() {
        model.stubFor(post(ENDPOINT).willReturn(aResponse().withStatus(503)));
        RemoteSentimentAnalyzer analyzer = analyzer();
        analyzer.classify(TEXT);
        model.stubFor(post(ENDPOINT).willReturn(completion(GOOD_ANSWER)));

        clock.advance(Duration.ofSeconds(29));
        Classification paused = analyzer.classify(TEXT);
        model.verify(1, postRequestedFor(urlPathEqualTo(ENDPOINT)));
        clock.advance(Duration.ofSeconds(1));
        Classification resumed = analyzer.classify(TEXT);

        assertFellBackWith(paused, "remote classifier unavailable: paused after HTTP 503");
        assertThat(resumed.analyzer()).isEqualTo("remote");
        model.verify(2, postRequestedFor(urlPathEqualTo(ENDPOINT)));
    }

    @Test
    void aKnownAnswerIsStillUsedWhileTheRemoteIsPaused() {
        model.stubFor(post(ENDPOINT).willReturn(completion(GOOD_ANSWER)));
        RemoteSentimentAnalyzer analyzer = analyzer();
        analyzer.classify(TEXT);
        model.stubFor(post(ENDPOINT).willReturn(aResponse().withStatus(500)));
        analyzer.classify("something else");

        assertThat(analyzer.classify(TEXT).analyzer()).isEqualTo("remote");
        model.verify(2, postRequestedFor(urlPathEqualTo(ENDPOINT)));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\n\t"})
    void aBlankTextGoesToTheFallbackWithoutACall(String text) {
        assertThat(analyzer().classify(text)).isEqualTo(BUILT_IN);
        model.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void theApiKeyAndTheResponseNeverShowInReasonsOrLogs(CapturedOutput output) {
        String echo = "{\"error\":\"invalid key " + API_KEY + "\"}";
        model.stubFor(post(ENDPOINT).willReturn(aResponse().withStatus(401).withBody(echo)));
        RemoteSentimentAnalyzer analyzer = analyzer();
        Classification refused = analyzer.classify(TEXT);
        clock.advance(RemoteSentimentAnalyzer.PAUSE);
        model.stubFor(post(ENDPOINT).willReturn(completion("I was given the key " + API_KEY)));
        Classification invalid = analyzer.classify(TEXT);

        assertFellBackWith(refused, "remote classifier unavailable: HTTP 401");
        assertFellBackWith(invalid, "remote classifier unavailable: invalid answer (not JSON)");
        assertThat(List.of(refused.toString(), invalid.toString(), output.getAll()))
                .allSatisfy(shown -> assertThat(shown).doesNotContain(API_KEY, "invalid key", "I was given"));
        assertThat(output.getOut()).contains("Remote classifier unavailable (HTTP 401)",
                "Remote classifier unavailable (invalid answer (not JSON))");
    }

    @Test
    void eachKindOfFailureIsWarnedAboutAtMostOnceAMinute(CapturedOutput output) {
        model.stubFor(post(ENDPOINT).willReturn(aResponse().withStatus(500)));
        RemoteSentimentAnalyzer analyzer = analyzer();

        analyzer.classify(TEXT);
        clock.advance(RemoteSentimentAnalyzer.PAUSE);
        analyzer.classify(TEXT);
        assertThat(output.getOut().split("Remote classifier unavailable", -1)).hasSize(2);

        clock.advance(RemoteSentimentAnalyzer.PAUSE);
        analyzer.classify(TEXT);

        model.verify(3, postRequestedFor(urlPathEqualTo(ENDPOINT)));
        assertThat(output.getOut().split("Remote classifier unavailable", -1)).hasSize(3);
    }

    private RemoteSentimentAnalyzer analyzer() {
        return analyzer(model.baseUrl() + "/v1", Duration.ofSeconds(5));
    }

    private RemoteSentimentAnalyzer analyzer(String url, Duration timeout) {
        var settings = new ModerationProperties.Llm(url, new Secret(API_KEY), "test-model", timeout, 100);
        return new RemoteSentimentAnalyzer(settings, FALLBACK, clock);
    }

    /** A chat-completions answer whose first choice's message says {@code content}. */
    private static ResponseDefinitionBuilder completion(String content) {
        var body = JsonMapper.shared().createObjectNode();
        body.putArray("choices").addObject().putObject("message").put("role", "assistant").put("content", content);
        return okJson(JsonMapper.shared().writeValueAsString(body));
    }

    /** The fallback's answer, decided by the built-in analyzer, with the cause as its last reason. */
    private static void assertFellBackWith(Classification result, String cause) {
        assertThat(result.analyzer()).isEqualTo("built-in");
        assertThat(result.sentiment()).isEqualTo(BUILT_IN.sentiment());
        assertThat(result.reasons()).hasSize(2).startsWith("fallback's own reason");
        assertThat(result.reasons().get(1)).startsWith(cause);
    }
}
