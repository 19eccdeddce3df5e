package io.igbridge.admin;

import jakarta.servlet.http.HttpServletRequest;

import io.igbridge.config.IgbridgeProperties;
import io.igbridge.webhook.ApiError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Checks {@code Authorization: Bearer <IGBRIDGE_ADMIN_TOKEN>} in constant time. */
@Component
class AdminToken {

    private final IgbridgeProperties properties;

    AdminToken(IgbridgeProperties properties) {
        this.properties = properties;
    }

    /** @return the refusal to answer, or {@code null} when the request carries the admin token */
    ResponseEntity<ApiError> refusal(HttpServletRequest request, String purpose) {
        var adminToken = properties.admin().tokenIfSet();
        if (adminToken.isEmpty()) {
            return ApiError.notConfigured("IGBRIDGE_ADMIN_TOKEN", purpose + " needs IGBRIDGE_ADMIN_TOKEN to be set");
        }
        String authorization = request.getHeader("Authorization");
        String presented = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).strip() : null;
        if (!adminToken.get().matches(presented)) {
            return ApiError.respond(HttpStatus.UNAUTHORIZED, "unauthorized",
                    purpose + " needs Authorization: Bearer <IGBRIDGE_ADMIN_TOKEN>");
        }
        return null;
    }
}
