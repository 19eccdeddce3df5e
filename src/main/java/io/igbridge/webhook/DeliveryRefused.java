package io.igbridge.webhook;

import org.springframework.http.HttpStatus;

/**
 * A delivery that can't be taken (too large, empty, or the database can't store it). Answered as an
 * {@link ApiError}: by {@link DeliveryIntake} for the signed endpoint, by {@link IntakeErrors} for the test endpoint.
 */
public class DeliveryRefused extends RuntimeException {

    private final HttpStatus status;
    private final String error;

    DeliveryRefused(HttpStatus status, String error, String message) {
        super(message, null, false, false);
        this.status = status;
        this.error = error;
    }

    HttpStatus status() {
        return status;
    }

    String error() {
        return error;
    }
}
