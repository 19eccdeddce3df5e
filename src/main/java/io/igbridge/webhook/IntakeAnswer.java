package io.igbridge.webhook;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the intake answers one delivery: 200 {@code EVENT_RECEIVED} with the stored row's id, or a refusal as an
 * {@link ApiError}.
 */
record IntakeAnswer(HttpStatus status, String contentType, byte[] body, Long deliveryId, ApiError error) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final byte[] RECEIVED = "EVENT_RECEIVED".getBytes(StandardCharsets.US_ASCII);

    static IntakeAnswer stored(long deliveryId) {
        return new IntakeAnswer(HttpStatus.OK, MediaType.TEXT_PLAIN_VALUE, RECEIVED, deliveryId, null);
    }

    static IntakeAnswer refused(HttpStatus status, ApiError error) {
        return new IntakeAnswer(status, MediaType.APPLICATION_JSON_VALUE, JSON.writeValueAsBytes(error), null, error);
    }
}
