package io.igbridge.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import io.igbridge.support.IntegrationTest;
import io.igbridge.support.ServiceTest;
import io.igbridge.support.TestSecrets;
import io.igbridge.support.UiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web UI's security headers, over real HTTP, on what a stranger sees (the sign-in form, a refusal) and on what a
 * signed-in agent sees (the inbox page, the UI's JSON): no MIME sniffing, no framing (X-Frame-Options and the CSP's
 * frame-ancestors), no referrer sent elsewhere, nothing kept in a cache, and a Content-Security-Policy.
 */
@IntegrationTest
class WebUiSecurityHeadersIntegrationTests extends ServiceTest {

    private static final String PASSWORD = "en-tete-securise-77";

    @Test
    void theSignInPageAndARefusalCarryTheHeaders() {
        UiClient stranger = new UiClient(port);

        assertSecurityHeaders(stranger.get("/ui/login"), 200);
        assertSecurityHeaders(stranger.get("/ui/api/me"), 401);
    }

    @Test
    void aSignedInAgentsPagesCarryTheHeaders() {
        UiClient agent = signedIn();

        assertSecurityHeaders(agent.get("/ui/"), 200);
        assertSecurityHeaders(agent.get("/ui/api/me"), 200);
    }

    private UiClient signedIn() {
        String username = "headers-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = client.postJsonWithToken("/api/admin/agents", JsonMapper.builder().build()
                .writeValueAsString(Map.of("username", username, "password", PASSWORD)), TestSecrets.ADMIN_TOKEN);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        UiClient agent = new UiClient(port);
        assertThat(agent.signIn(username, PASSWORD).headers().firstValue("Location")).hasValue("/ui/");
        return agent;
    }

    private static void assertSecurityHeaders(HttpResponse<String> response, int status) {
        String page = response.uri().getPath();
        assertThat(response.statusCode()).as(page).isEqualTo(status);
        assertThat(response.headers().firstValue("X-Content-Type-Options")).as(page).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).as(page).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).as(page).hasValue("no-referrer");
        assertThat(response.headers().firstValue("Cache-Control")).as(page)
                .hasValueSatisfying(cache -> assertThat(cache).contains("no-store"));
        assertThat(response.headers().firstValue("Content-Security-Policy")).as(page).hasValueSatisfying(policy ->
                assertThat(policy).contains("default-src 'self'", "frame-ancestors 'none'", "form-action 'self'",
                        "base-uri 'self'"));
    }
}
