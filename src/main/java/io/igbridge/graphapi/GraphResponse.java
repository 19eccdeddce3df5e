package io.igbridge.graphapi;

import tools.jackson.databind.JsonNode;

/** A 2xx answer to {@code call} (method and path): its JSON (a missing node if it had none) and usage headers. */
record GraphResponse(String call, int status, JsonNode body, GraphUsage usage) {

    GraphResult result(String idField) {
        return new GraphResult(GraphJson.string(body, idField), usage);
    }

    /** For calls answering no id ({@code {"recipient_id": …}} for a sender action). */
    GraphResult withoutId() {
        return new GraphResult(null, usage);
    }

    /** For calls answering {@code {"success": true}}: an explicit {@code false} is a failure. */
    GraphResult requireSuccess() {
        if (Boolean.FALSE.equals(GraphJson.bool(body, "success"))) {
            throw new GraphApiException(call, GraphErrors.unsuccessful(status, usage));
        }
        return new GraphResult(null, usage);
    }
}
