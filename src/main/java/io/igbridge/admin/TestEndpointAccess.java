package io.igbridge.admin;

import java.net.InetAddress;
import java.net.UnknownHostException;

import jakarta.servlet.http.HttpServletRequest;

import io.igbridge.config.IgbridgeProperties;
import io.igbridge.webhook.ApiError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Who may use the unsigned test endpoint: callers on a loopback address, or anyone presenting
 * {@code Authorization: Bearer <IGBRIDGE_ADMIN_TOKEN>}. A request that went through a proxy (it carries a
 * forwarding header) does not count as loopback, so a reverse proxy on the same machine opens nothing.
 */
@Component
class TestEndpointAccess {

    private static final String[] FORWARDING_HEADERS = {"Forwarded", "X-Forwarded-For", "X-Real-IP"};

    private final IgbridgeProperties properties;
    private final AdminToken adminToken;

    TestEndpointAccess(IgbridgeProperties properties, AdminToken adminToken) {
        this.properties = properties;
        this.adminToken = adminToken;
    }

    /** @return the refusal to answer, or {@code null} when the request may go on */
    ResponseEntity<ApiError> refusal(HttpServletRequest request) {
        if (!properties.webhook().testEnabled()) {
            return ApiError.respond(HttpStatus.NOT_FOUND, "disabled",
                    "the test endpoint is switched off (IGBRIDGE_WEBHOOK_TEST_ENABLED=false)");
        }
        if (isDirectLoopback(request)) {
            return null;
        }
        return adminToken.refusal(request, "the test endpoint, from a non-loopback address,");
    }

    private static boolean isDirectLoopback(HttpServletRequest request) {
        for (String header : FORWARDING_HEADERS) {
            if (request.getHeader(header) != null) {
                return false;
            }
        }
        try {
            // getRemoteAddr() is a numeric address, so this does no DNS lookup
            return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
