package io.igbridge.admin;

import java.util.List;

import io.igbridge.inbox.Agent;
import io.igbridge.inbox.AgentRefusal;
import io.igbridge.inbox.AgentRegistration;
import io.igbridge.inbox.AgentRepository;
import io.igbridge.webhook.ApiError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The team inbox's agents for operators (bearer admin token, checked by {@link AdminApiGuard}): create one, list
 * them, disable one. Answers never carry a password or its hash.
 */
@RestController
class AgentAdminController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AgentRegistration registration;
    private final AgentRepository agents;

    AgentAdminController(AgentRegistration registration, AgentRepository agents) {
        this.registration = registration;
        this.agents = agents;
    }

    @PostMapping("/api/admin/agents")
    ResponseEntity<?> create(@RequestBody(required = false) String body) {
        JsonNode request;
        try {
            request = JSON.readTree(body == null ? "" : body);
        } catch (JacksonException notJson) {
            request = null;
        }
        if (request == null || !request.isObject()) {
            return ApiError.respond(HttpStatus.BAD_REQUEST, "invalid_json",
                    "send {\"username\": \"…\", \"displayName\": \"…\", \"password\": \"…\"} as"
                            + " Content-Type: application/json");
        }
        try {
            Agent created = registration.register(text(request, "username"), text(request, "displayName"),
                    text(request, "password"));
            return ResponseEntity.status(HttpStatus.CREATED).body(created);
        } catch (AgentRefusal refused) {
            return UiErrors.answer(refused);
        }
    }

    @GetMapping("/api/admin/agents")
    List<Agent> list() {
        return agents.all();
    }

    @PostMapping("/api/admin/agents/{username}/disable")
    ResponseEntity<?> disable(@PathVariable String username) {
        if (!agents.disable(username)) {
            return ApiError.respond(HttpStatus.NOT_FOUND, "unknown_agent", "no agent has this username");
        }
        return ResponseEntity.of(agents.find(username));
    }

    private static String text(JsonNode request, String field) {
        JsonNode value = request.get(field);
        return value != null && value.isString() ? value.asString() : null;
    }
}
