package io.igbridge.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import tools.jackson.databind.JsonNode;
import io.igbridge.support.IntegrationTest;
import io.igbridge.support.TestSecrets;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@IntegrationTest
/** The default rules with Facebook Login: the Page id as send node, the token as a query parameter. */
class FacebookLoginAutoReplyIntegrationTests extends AutoReplyEndToEndScenarios {

    static final String PAGE = "100000000000002";

    @DynamicPropertySource
    static void graphApi(DynamicPropertyRegistry registry) {
        registry.add("INSTAGRAM_GRAPH_API_URL", graph::baseUrl);
        registry.add("IGBRIDGE_LOGIN", () -> "facebook");
        registry.add("INSTAGRAM_PAGE_ID", () -> PAGE);
    }

    @Override
    String messagesPath() {
        return "/v25.0/" + PAGE + "/messages";
    }

    @Override
    void assertTokenPlacement(LoggedRequest request) {
        assertThat(request.queryParameter("access_token").firstValue()).isEqualTo(TestSecrets.ACCESS_TOKEN);
        assertThat(request.getHeader("Authorization")).isNull();
    }

    @Override
    void assertDmForm(JsonNode body) {
        assertThat(body.path("messaging_type").asString()).isEqualTo("RESPONSE");
    }
}
