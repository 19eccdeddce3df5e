package io.igbridge.webhook;

import io.igbridge.config.IgbridgeProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/instagram/webhook}: Meta's subscription handshake (meta-platform.md §1). Answers the
 * challenge verbatim, as plain text, when the mode is {@code subscribe} and the verify token matches.
 */
@RestController
class WebhookVerificationController {

    private final IgbridgeProperties properties;

    WebhookVerificationController(IgbridgeProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/api/instagram/webhook")
    ResponseEntity<?> verify(@RequestParam(name = "hub.mode", required = false) String mode,
            @RequestParam(name = "hub.verify_token", required = false) String token,
            @RequestParam(name = "hub.challenge", required = false) String challenge) {
        var verifyToken = properties.instagram().verifyTokenIfSet();
        if (verifyToken.isEmpty()) {
            return ApiError.notConfigured("INSTAGRAM_VERIFY_TOKEN",
                    "INSTAGRAM_VERIFY_TOKEN is not set: set it to the Verify Token typed in Meta's App Dashboard");
        }
        if (mode == null || token == null || challenge == null) {
            return ApiError.respond(HttpStatus.BAD_REQUEST, "missing_parameter",
                    "hub.mode, hub.verify_token and hub.challenge are all required");
        }
        if (!"subscribe".equals(mode) || !verifyToken.get().matches(token)) {
            return ApiError.respond(HttpStatus.FORBIDDEN, "verification_failed",
                    "hub.mode must be 'subscribe' and hub.verify_token must equal INSTAGRAM_VERIFY_TOKEN");
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).header("X-Content-Type-Options", "nosniff")
                .body(challenge);
    }
}
