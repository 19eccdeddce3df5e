package io.igbridge.diagnostics;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.igbridge.support.IntegrationTest;
import io.igbridge.support.ServiceTest;
import io.igbridge.support.TestSecrets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The self-check with Facebook Login: the Page token asked on graph.facebook.com's shape ({@code /me} is the Page,
 * the token in the query), the Page's {@code subscribed_apps}, and {@code mentions} expected (a warning when missing).
 */
@IntegrationTest
class FacebookLoginDiagnosticsIntegrationTests extends ServiceTest {

    static final String PAGE = "100000000000002";

    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("INSTAGRAM_GRAPH_API_URL", graph::baseUrl);
        registry.add("IGBRIDGE_LOGIN", () -> "facebook");
        registry.add("INSTAGRAM_PAGE_ID", () -> PAGE);
    }

    @Test
    void aPageSubscribedToMessagesAndCommentsButNotMentionsIsHealthyWithAWarning() {
        graph.stubFor(get(urlPathEqualTo("/v25.0/me")).withQueryParam("fields", equalTo("id,name"))
                .withQueryParam("access_token", equalTo(TestSecrets.ACCESS_TOKEN))
                .willReturn(okJson("{\"id\":\"" + PAGE + "\",\"name\":\"Atelier Lin\"}")));
        graph.stubFor(get(urlPathEqualTo("/v25.0/" + PAGE + "/subscribed_apps"))
                .withQueryParam("access_token", equalTo(TestSecrets.ACCESS_TOKEN)).willReturn(okJson(
                        "{\"data\":[{\"category\":\"Business\",\"name\":\"igbridge\",\"id\":\"555\","
                                + "\"subscribed_fields\":[\"messages\",\"comments\",\"feed\"]}]}")));

        var answer = client.getWithToken("/api/admin/diagnostics", TestSecrets.ADMIN_TOKEN);

        assertThat(answer.body()).doesNotContain(TestSecrets.ACCESS_TOKEN);
        JsonNode diagnosis = JsonMapper.builder().build().readTree(answer.body());
        assertThat(diagnosis.path("healthy").asBoolean()).isTrue();
        assertThat(diagnosis.path("findings").toString()).contains("Atelier Lin")
                .contains("not subscribed to `mentions`").doesNotContain("\"severity\":\"ERROR\"");
    }
}
