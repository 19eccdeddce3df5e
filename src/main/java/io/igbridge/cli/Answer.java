package io.igbridge.cli;

import java.net.http.HttpHeaders;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/** What the instance answered: its status, headers and body, and the service's JSON error when it is one. */
record Answer(int status, HttpHeaders headers, String body) {

    static final JsonMapper JSON = JsonMapper.builder().build();

    boolean ok() {
        return status >= 200 && status < 300;
    }

    /** The body as JSON; a missing node when it is not JSON. */
    JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (JacksonException notJson) {
            return MissingNode.getInstance();
        }
    }

    /** The service's error code ({@code {"error": …}}), e.g. {@code signature_invalid}; empty when there is none. */
    Optional<String> error() {
        return text("error");
    }

    /** The service's sentence about the error, or the body itself when it is not the service's JSON error. */
    String message() {
        return text("message").orElse(body.isBlank() ? "(no body)" : body.strip());
    }

    Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    private Optional<String> text(String field) {
        JsonNode value = json().path(field);
        return value.isString() ? Optional.of(value.asString()) : Optional.empty();
    }

    /** "401 unauthorized: the admin API needs …": the status, the error code and the service's sentence. */
    String describe() {
        return status + error().map(code -> " " + code).orElse("") + ": " + message();
    }
}
