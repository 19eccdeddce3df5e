package io.igbridge.webhook;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The JSON error every endpoint answers with: a stable {@code error} code, a sentence for a person, and the
 * setting to fix when the error is a missing setting. Never carries a secret or a signature.
 */
public record ApiError(String error, String message, String setting) {

    public static ResponseEntity<ApiError> respond(HttpStatus status, String error, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(error, message, null));
    }

    /** 503 naming the setting an endpoint needs. */
    public static ResponseEntity<ApiError> notConfigured(String setting, String message) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError("not_configured", message, setting));
    }
}
