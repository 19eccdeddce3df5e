package io.igbridge.graphapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.databind.node.ObjectNode;

/**
 * One call, before the account's token is added: method, path under the version ({@code [node, edge]}), query
 * parameters and body. Nothing secret is in it. {@code tokenEndpoint}: an unversioned path, the token as the
 * {@code access_token} query parameter whatever the login, as Meta documents its token endpoints
 * ({@code GET /refresh_access_token?grant_type=ig_refresh_token&access_token=…}).
 */
record GraphRequest(String method, List<String> path, Map<String, String> query, String contentType, String body,
        boolean tokenEndpoint) {

    /** Meta's ids are digits, sometimes with {@code _}; anything else would change the path, so it is refused. */
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-]{1,128}");

    GraphRequest {
        for (String segment : path) {
            if (segment == null || !SEGMENT.matcher(segment).matches()) {
                throw new IllegalArgumentException("not a Graph API id: " + segment);
            }
        }
        path = List.copyOf(path);
        query = Map.copyOf(query);
    }

    static GraphRequest postJson(ObjectNode body, String... path) {
        return new GraphRequest("POST", List.of(path), Map.of(), "application/json", GraphJson.write(body), false);
    }

    static GraphRequest postForm(Map<String, String> form, String... path) {
        return new GraphRequest("POST", List.of(path), Map.of(), "application/x-www-form-urlencoded",
                GraphTransport.formEncode(new LinkedHashMap<>(form)), false);
    }

    static GraphRequest get(Map<String, String> query, String... path) {
        return new GraphRequest("GET", List.of(path), query, null, null, false);
    }

    static GraphRequest tokenEndpoint(Map<String, String> query, String... path) {
        return new GraphRequest("GET", List.of(path), query, null, null, true);
    }

    static GraphRequest delete(String... path) {
        return new GraphRequest("DELETE", List.of(path), Map.of(), null, null, false);
    }
}
