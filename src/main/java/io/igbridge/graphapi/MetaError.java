package io.igbridge.graphapi;

import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * Meta's error envelope, {@code {"error":{"message","type","code","error_subcode","error_user_title",
 * "error_user_msg","fbtrace_id","is_transient"}}} (https://developers.facebook.com/docs/graph-api/guides/error-handling).
 */
record MetaError(String message, String type, Integer code, Integer subcode, String userTitle, String userMessage,
        String fbtraceId, boolean isTransient) {

    /** The envelope in a body, or empty when the body is empty, not JSON (an HTML error page) or has no error. */
    static Optional<MetaError> parse(String body) {
        JsonNode error = GraphJson.parseOrMissing(body).path("error");
        if (!error.isObject()) {
            return Optional.empty();
        }
        return Optional.of(new MetaError(GraphJson.string(error, "message"), GraphJson.string(error, "type"),
                GraphJson.integer(error, "code"), GraphJson.integer(error, "error_subcode"),
                GraphJson.string(error, "error_user_title"), GraphJson.string(error, "error_user_msg"),
                GraphJson.string(error, "fbtrace_id"), Boolean.TRUE.equals(GraphJson.bool(error, "is_transient"))));
    }
}
