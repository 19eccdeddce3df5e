package io.igbridge.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import tools.jackson.databind.JsonNode;
import io.igbridge.support.IntegrationTest;
import io.igbridge.support.TestSecrets;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@IntegrationTest
/** The default rules with Business Login for Instagram: graph.instagram.com, bearer token, no messaging_type. */
class InstagramLoginAutoReplyIntegrationTests extends AutoReplyEndToEndScenarios {

    @DynamicPropertySource
    static void graphApi(DynamicPropertyRegistry registry) {
        registry.add("INSTAGRAM_GRAPH_API_URL", graph::baseUrl);
        registry.add("INSTAGRAM_PAGE_ID", () -> ACCOUNT);
    }

    @Override
    String messagesPath() {
        return "/v25.0/" + ACCOUNT + "/messages";
    }

    @Override
    void assertTokenPlacement(LoggedRequest request) {
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + TestSecrets.ACCESS_TOKEN);
        assertThat(request.getUrl()).doesNotContain("access_token");
        assertThat(request.getBodyAsString()).doesNotContain("messaging_type");
    }

    @Override
    void assertDmForm(JsonNode body) {
        assertThat(body.has("messaging_type")).isFalse();
    }
}
