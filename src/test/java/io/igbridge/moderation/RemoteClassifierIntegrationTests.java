package io.igbridge.moderation;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.igbridge.support.IntegrationTest;
import io.igbridge.support.ServiceTest;
import io.igbridge.support.TestSecrets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service with IGBRIDGE_LLM_URL set: the model (a fake OpenAI-compatible server over real HTTP) classifies; when
 * it is too slow, the built-in classifier answers instead, and says why. (Errors, bad answers, the pause after a
 * failure and the cache are in {@link RemoteSentimentAnalyzerTests}.)
 */
@IntegrationTest
class RemoteClassifierIntegrationTests extends ServiceTest {

    static final String API_KEY = "sk-test-remote-key-5e1b";

    @RegisterExtension
    static WireMockExtension model = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void llm(DynamicPropertyRegistry registry) {
        registry.add("IGBRIDGE_LLM_URL", () -> model.baseUrl() + "/v1");
        registry.add("IGBRIDGE_LLM_API_KEY", () -> API_KEY);
        registry.add("IGBRIDGE_LLM_MODEL", () -> "moderation-test-model");
        registry.add("IGBRIDGE_LLM_TIMEOUT", () -> "500ms");
    }

    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void reset() {
        model.resetAll();
    }

    JsonNode classify(String text) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/admin/moderation/classify")).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TestSecrets.ADMIN_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(java.util.Map.of("text", text))))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).doesNotContain(API_KEY);
        return json.readTree(response.body());
    }

    static String completion(String content) {
        var body = JsonMapper.shared().createObjectNode();
        body.putArray("choices").addObject().putObject("message").put("role", "assistant").put("content", content);
        return JsonMapper.shared().writeValueAsString(body);
    }

    @Test
    void theConfiguredModelClassifiesAndASlowOneIsCutOffAtTheTimeoutByTheBuiltInClassifier() throws Exception {
        model.stubFor(post(urlPathEqualTo("/v1/chat/completions")).willReturn(okJson(completion("""
                {"language":"en","sentiment":"negative","score":-0.9,"abusive":false,"spam":false,
                 "question":false,"reasons":["sarcasm: 'great job' after a lost parcel"]}"""))));

        JsonNode remote = classify("Great job losing my parcel 👏");

        assertThat(remote.path("analyzer").asString()).isEqualTo("remote");
        assertThat(remote.path("sentiment").asString()).isEqualTo("negative");
        assertThat(remote.path("reasons").toString()).contains("sarcasm");
        model.verify(1, postRequestedFor(urlPathEqualTo("/v1/chat/completions"))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer " + API_KEY)));
        assertThat(model.findAll(postRequestedFor(urlPathEqualTo("/v1/chat/completions"))).get(0).getBodyAsString())
                .contains("moderation-test-model", "Great job losing my parcel");

        // the model slows down: the answer comes from the built-in classifier at the timeout
        model.stubFor(post(urlPathEqualTo("/v1/chat/completions")).willReturn(okJson(completion("""
                {"language":"fr","sentiment":"positive","score":0.9,"abusive":false,"spam":false,"question":false,
                 "reasons":[]}""")).withFixedDelay(3_000)));
        long started = System.nanoTime();
        JsonNode slow = classify("Pas super du tout");
        long tookMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(model.findAll(postRequestedFor(urlPathEqualTo("/v1/chat/completions")))).hasSize(2);
        assertThat(slow.path("analyzer").asString()).isEqualTo("built-in");
        assertThat(slow.path("sentiment").asString()).isEqualTo("negative");
        assertThat(slow.path("reasons").toString()).contains("remote classifier unavailable", "timeout");
        assertThat(tookMillis).as("answered at the 500 ms timeout, not after the model's 3 s").isLessThan(2_500);
    }
}
