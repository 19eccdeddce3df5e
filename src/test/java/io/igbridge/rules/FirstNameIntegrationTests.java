package io.igbridge.rules;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.igbridge.support.IntegrationTest;
import io.igbridge.support.RulesFiles;
import io.igbridge.support.ServiceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code {first_name}} in a DM comes from the person's profile, looked up by the outbox when the reply is sent;
 * a person whose profile Meta won't give (no consent) gets the reply without a gap.
 */
@IntegrationTest
class FirstNameIntegrationTests extends ServiceTest {

    static final String ACCOUNT = "17841400000000001";
    static final String MESSAGES = "/v25.0/" + ACCOUNT + "/messages";

    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("INSTAGRAM_GRAPH_API_URL", graph::baseUrl);
        registry.add("IGBRIDGE_RULES_FILE", () -> rulesFile().toString());
    }

    static Path rulesFile() {
        return RulesFiles.write("""
                rules:
                  - name: greeting
                    trigger: dm
                    when:
                      any: [hello]
                    actions:
                      - reply_dm: "Bonjour {first_name} !"
                """);
    }

    private List<String> textsTo(String person) {
        var json = JsonMapper.builder().build();
        return graph.findAll(postRequestedFor(urlPathEqualTo(MESSAGES))).stream()
                .filter(request -> request.getBodyAsString().contains("\"" + person + "\""))
                .map(request -> json.readTree(request.getBodyAsString()).path("message").path("text").asString())
                .toList();
    }

    @Test
    void theFirstNameComesFromTheProfileOrIsLeftOutWithoutAGap() {
        graph.stubFor(post(MESSAGES).willReturn(okJson("{\"message_id\":\"m\"}")));
        graph.stubFor(get(urlPathEqualTo("/v25.0/6101")).willReturn(okJson(
                "{\"name\":\"Marie Curie\",\"username\":\"marie.c\",\"id\":\"6101\"}")));
        graph.stubFor(get(urlPathEqualTo("/v25.0/6102")).willReturn(aResponse().withStatus(400).withBody(
                "{\"error\":{\"message\":\"User consent is required to access user profile\",\"code\":230}}")));

        client.postSigned(AutoReplyEndToEndScenarios.dm("6101", "mid.first-name-1", "hello"));
        client.postSigned(AutoReplyEndToEndScenarios.dm("6102", "mid.first-name-2", "hello"));

        await().atMost(Duration.ofSeconds(15)).until(() -> textsTo("6101").size() == 1 && textsTo("6102").size() == 1);
        assertThat(textsTo("6101")).containsExactly("Bonjour Marie !");
        assertThat(textsTo("6102")).containsExactly("Bonjour !");
    }
}
