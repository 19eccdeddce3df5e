package io.igbridge.inbox;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.igbridge.support.Deliveries;
import io.igbridge.support.IntegrationTest;
import io.igbridge.support.ServiceTest;
import io.igbridge.support.TestSecrets;
import io.igbridge.support.UiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The comments view over real HTTP, signed in: moderation's findings per comment, and an agent's unhide. */
@IntegrationTest
class CommentsViewIntegrationTests extends ServiceTest {

    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("INSTAGRAM_GRAPH_API_URL", graph::baseUrl);
        registry.add("INSTAGRAM_PAGE_ID", () -> Deliveries.ACCOUNT);
    }

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void anAgentSeesWhyACommentWasHiddenAndUnhidesIt() {
        graph.stubFor(post(urlPathMatching("/v25.0/.*")).willReturn(okJson("{\"success\":true,\"id\":\"c1\"}")));
        String comment = "17850000000007001";
        client.postSigned(Deliveries.commentNow("7001", "rude.one", comment, "Espèce de connard"));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> graph.findAll(postRequestedFor(urlPathEqualTo("/v25.0/" + comment))).size() == 1);

        assertThat(client.postJsonWithToken("/api/admin/agents", json.writeValueAsString(Map.of("username", "carla",
                "displayName", "Carla", "password", "a long enough password")), TestSecrets.ADMIN_TOKEN).statusCode())
                .isEqualTo(201);
        UiClient ui = new UiClient(port);
        ui.signIn("carla", "a long enough password");

        HttpResponse<String> list = ui.get("/ui/api/comments");
        assertThat(list.statusCode()).isEqualTo(200);
        JsonNode shown = json.readTree(list.body()).valueStream()
                .filter(c -> comment.equals(c.path("commentId").asString())).findFirst().orElseThrow();
        assertThat(shown.path("abusive").asBoolean()).isTrue();
        assertThat(shown.path("hidden").asBoolean()).isTrue();
        assertThat(shown.path("reasons").toString()).contains("connard");
        assertThat(shown.path("text").asString()).isEqualTo("Espèce de connard");

        HttpResponse<String> unhide = ui.post("/ui/api/comments/" + Deliveries.ACCOUNT + "/" + comment + "/unhide",
                "X-XSRF-TOKEN", ui.cookie("XSRF-TOKEN").orElseThrow());
        assertThat(unhide.statusCode()).as(unhide.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(15))
                .until(() -> graph.findAll(postRequestedFor(urlPathEqualTo("/v25.0/" + comment))).size() == 2);
        assertThat(URLDecoder.decode(graph.findAll(postRequestedFor(urlPathEqualTo("/v25.0/" + comment))).get(1)
                .getBodyAsString(), StandardCharsets.UTF_8)).contains("hide=false");
        JsonNode after = json.readTree(ui.get("/ui/api/comments").body()).valueStream()
                .filter(c -> comment.equals(c.path("commentId").asString())).findFirst().orElseThrow();
        assertThat(after.path("hidden").asBoolean()).as("the latest hide or unhide wins").isFalse();
        assertThat(ui.post("/ui/api/comments/" + Deliveries.ACCOUNT + "/" + comment + "/hide").statusCode())
                .as("no CSRF token").isEqualTo(403);
    }
}
