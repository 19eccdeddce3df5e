package io.igbridge.admin;

import java.util.Map;

import io.igbridge.config.Secret;
import io.igbridge.tokens.AccessTokens;
import io.igbridge.webhook.ApiError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code PUT /api/admin/access-token} {@code {"accessToken": "…"}} (bearer admin token, checked by
 * {@link AdminApiGuard}): a new token in force on every node without a restart, stored encrypted, and the account's
 * sends resumed. The answer never holds the token.
 */
@RestController
class AccessTokenAdminController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AccessTokens tokens;

    AccessTokenAdminController(AccessTokens tokens) {
        this.tokens = tokens;
    }

    @PutMapping("/api/admin/access-token")
    ResponseEntity<?> replace(@RequestBody(required = false) String body) {
        JsonNode token;
        try {
            token = body == null || body.isBlank() ? null : JSON.readTree(body).get("accessToken");
        } catch (JacksonException notJson) {
            return ApiError.respond(HttpStatus.BAD_REQUEST, "invalid_json", "send {\"accessToken\": \"…\"}");
        }
        if (token == null || !token.isString() || token.asString().isBlank()) {
            return ApiError.respond(HttpStatus.BAD_REQUEST, "missing_access_token", "send {\"accessToken\": \"…\"}");
        }
        try {
            tokens.replace(new Secret(token.asString()));
        } catch (IllegalStateException notConfigured) {
            return ApiError.notConfigured(notConfigured.getMessage().startsWith("IGBRIDGE_TOKEN_KEY")
                    ? "IGBRIDGE_TOKEN_KEY" : "INSTAGRAM_ACCESS_TOKEN", notConfigured.getMessage());
        }
        return ResponseEntity.ok(Map.of("inForce", "stored", "status", tokens.status()));
    }
}
