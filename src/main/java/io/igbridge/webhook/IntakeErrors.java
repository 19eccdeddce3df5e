package io.igbridge.webhook;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers a refused delivery with its status and JSON error, and counts it. */
@RestControllerAdvice
class IntakeErrors {

    private final IntakeMetrics metrics;

    IntakeErrors(IntakeMetrics metrics) {
        this.metrics = metrics;
    }

    @ExceptionHandler(DeliveryRefused.class)
    ResponseEntity<ApiError> refused(DeliveryRefused refused) {
        metrics.rejected(refused.error(), false);
        return ApiError.respond(refused.status(), refused.error(), refused.getMessage());
    }
}
