package io.igbridge.admin;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import io.igbridge.webhook.ApiError;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/** Writes an {@link ApiError} answer from outside a controller (an interceptor, a security filter). */
final class JsonErrors {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonErrors() {
    }

    static void write(HttpServletResponse response, ResponseEntity<ApiError> error) throws IOException {
        response.setStatus(error.getStatusCode().value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getOutputStream().write(JSON.writeValueAsBytes(error.getBody()));
    }
}
