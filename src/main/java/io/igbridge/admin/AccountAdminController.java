package io.igbridge.admin;

import java.util.List;

import io.igbridge.accounts.AccountRefusal;
import io.igbridge.accounts.AccountView;
import io.igbridge.accounts.Accounts;
import io.igbridge.accounts.NewAccount;
import io.igbridge.config.Secret;
import io.igbridge.webhook.ApiError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Instagram accounts for operators (bearer admin token, checked by {@link AdminApiGuard}): list them, add one
 * ({@code {"accountId", "login", "accessToken", "displayName"}}, optionally {@code "rulesFile"}), give one a new
 * token, disable, enable or remove one; and the web UI's list of them, for its account selector. Answers never hold a
 * token.
 */
@RestController
class AccountAdminController {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SHAPE = "send {\"accountId\": \"…\", \"login\": \"instagram\" or \"facebook\","
            + " \"accessToken\": \"…\", \"displayName\": \"…\"} as Content-Type: application/json";

    private final Accounts accounts;

    AccountAdminController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/api/admin/accounts")
    List<AccountView> list() {
        return accounts.list();
    }

    /** For the web UI's account selector (a signed-in agent): each account's id and name, nothing else. */
    @GetMapping("/ui/api/accounts")
    List<UiAccount> forTheUi() {
        return accounts.list().stream().map(account -> new UiAccount(account.accountId(), account.displayName()))
                .toList();
    }

    record UiAccount(String accountId, String displayName) {
    }

    @PostMapping("/api/admin/accounts")
    ResponseEntity<?> add(@RequestBody(required = false) String body) {
        JsonNode request = object(body);
        if (request == null) {
            return ApiError.respond(HttpStatus.BAD_REQUEST, "invalid_json", SHAPE);
        }
        return answer(() -> ResponseEntity.status(HttpStatus.CREATED).body(accounts.add(NewAccount.of(
                text(request, "accountId"), text(request, "login"), text(request, "accessToken"),
                text(request, "displayName"), text(request, "rulesFile")))));
    }

    @PutMapping("/api/admin/accounts/{accountId}/access-token")
    ResponseEntity<?> replaceToken(@PathVariable String accountId, @RequestBody(required = false) String body) {
        JsonNode request = object(body);
        String token = request == null ? null : text(request, "accessToken");
        if (token == null || token.isBlank()) {
            return ApiError.respond(HttpStatus.BAD_REQUEST, "missing_access_token", "send {\"accessToken\": \"…\"}");
        }
        return answer(() -> ResponseEntity.ok(accounts.replaceToken(accountId, new Secret(token.strip()))));
    }

    @PostMapping("/api/admin/accounts/{accountId}/disable")
    ResponseEntity<?> disable(@PathVariable String accountId) {
        return answer(() -> ResponseEntity.ok(accounts.setDisabled(accountId, true)));
    }

    @PostMapping("/api/admin/accounts/{accountId}/enable")
    ResponseEntity<?> enable(@PathVariable String accountId) {
        return answer(() -> ResponseEntity.ok(accounts.setDisabled(accountId, false)));
    }

    @DeleteMapping("/api/admin/accounts/{accountId}")
    ResponseEntity<?> remove(@PathVariable String accountId) {
        return answer(() -> {
            accounts.remove(accountId);
            return ResponseEntity.noContent().build();
        });
    }

    private static ResponseEntity<?> answer(java.util.function.Supplier<ResponseEntity<?>> action) {
        try {
            return action.get();
        } catch (AccountRefusal refused) {
            return switch (refused.kind()) {
                case INVALID -> ApiError.respond(HttpStatus.BAD_REQUEST, refused.code(), refused.getMessage());
                case UNKNOWN -> ApiError.respond(HttpStatus.NOT_FOUND, refused.code(), refused.getMessage());
                case CONFLICT -> ApiError.respond(HttpStatus.CONFLICT, refused.code(), refused.getMessage());
                case NOT_CONFIGURED -> ApiError.notConfigured(refused.code(), refused.getMessage());
            };
        }
    }

    private static JsonNode object(String body) {
        try {
            JsonNode request = JSON.readTree(body == null ? "" : body);
            return request != null && request.isObject() ? request : null;
        } catch (JacksonException notJson) {
            return null;
        }
    }

    private static String text(JsonNode request, String field) {
        JsonNode value = request.get(field);
        return value != null && value.isString() ? value.asString() : null;
    }
}
