package io.igbridge.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.igbridge.config.IgbridgeProperties;
import io.igbridge.config.Secret;
import io.igbridge.webhook.ApiError;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/** The admin API's bearer token: only the exact token passes (compared as digests, {@code Secret#matches}). */
class AdminTokenTests {

    private static final String TOKEN = "admin-token-5b8e21";

    private final AdminToken adminToken = new AdminToken(withToken(TOKEN));

    @Test
    void theExactTokenPassesWhateverTheCaseOfBearer() {
        assertThat(adminToken.refusal(request("Bearer " + TOKEN), "the admin API")).isNull();
        assertThat(adminToken.refusal(request("bearer " + TOKEN), "the admin API")).isNull();
        assertThat(adminToken.refusal(request("Bearer  " + TOKEN + " "), "the admin API")).isNull();
    }

    @Test
    void anythingElseIsRefusedWithoutRepeatingWhatWasSent() {
        for (String authorization : new String[] {null, "", TOKEN, "Basic " + TOKEN, "Bearer", "Bearer " + TOKEN + "0",
                "Bearer " + TOKEN.substring(1), "Bearer " + TOKEN.toUpperCase()}) {
            ResponseEntity<ApiError> refusal = adminToken.refusal(request(authorization), "the admin API");

            assertThat(refusal).as(authorization).isNotNull();
            assertThat(refusal.getStatusCode().value()).isEqualTo(401);
            assertThat(refusal.getBody().error()).isEqualTo("unauthorized");
            assertThat(refusal.getBody().message()).doesNotContain(TOKEN.substring(1, 12));
        }
    }

    @Test
    void withNoTokenSetNothingPassesAndTheSettingIsNamed() {
        ResponseEntity<ApiError> refusal = new AdminToken(withToken("")).refusal(request("Bearer "), "the admin API");

        assertThat(refusal.getStatusCode().value()).isEqualTo(503);
        assertThat(refusal.getBody().setting()).isEqualTo("IGBRIDGE_ADMIN_TOKEN");
    }

    private static MockHttpServletRequest request(String authorization) {
        var request = new MockHttpServletRequest("GET", "/api/admin/actions");
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        return request;
    }

    private static IgbridgeProperties withToken(String token) {
        return new IgbridgeProperties(null, null, null, new IgbridgeProperties.Admin(new Secret(token)), null, null, null,
                null, null);
    }
}
