package io.igbridge.cli;

import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;

/**
 * The running instance's admin API ({@code /api/admin/**}), with the admin token from {@code IGBRIDGE_ADMIN_TOKEN},
 * the service's own setting: never taken from the command line, never printed.
 */
final class AdminApi {

    static final String TOKEN_VARIABLE = "IGBRIDGE_ADMIN_TOKEN";

    private final Instance instance;
    private final String token;

    private AdminApi(Instance instance, String token) {
        this.instance = instance;
        this.token = token;
    }

    static AdminApi connect(CliContext context, InstanceOptions options) {
        String token = context.variable(TOKEN_VARIABLE).orElseThrow(() -> new CommandFailure(TOKEN_VARIABLE
                + " is not set: set it to the admin token the instance runs with (its " + TOKEN_VARIABLE + ")"));
        return new AdminApi(new Instance(options.baseUrl(context)), token);
    }

    Instance instance() {
        return instance;
    }

    Answer get(String path) {
        return instance.get(path, "Authorization", "Bearer " + token, "Accept", "application/json");
    }

    Answer post(String path, String json) {
        return instance.post(path, json.getBytes(StandardCharsets.UTF_8), "Authorization", "Bearer " + token,
                "Content-Type", "application/json", "Accept", "application/json");
    }

    /** The answer's JSON when it is a success; otherwise a failure saying what the instance said. */
    JsonNode expectOk(Answer answer) {
        if (!answer.ok()) {
            throw failure(answer);
        }
        return answer.json();
    }

    /** A refused call, in plain words: a wrong or missing token is said so. */
    CommandFailure failure(Answer answer) {
        if (answer.status() == 401) {
            return new CommandFailure("401: the instance at " + instance.baseUrl() + " refused the admin token: "
                    + TOKEN_VARIABLE + " must be the instance's " + TOKEN_VARIABLE);
        }
        return new CommandFailure(answer.describe());
    }
}
