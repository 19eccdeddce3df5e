package io.igbridge.admin;


import java.util.Map;

import io.igbridge.outbox.OutboxActions;
import io.igbridge.webhook.ApiError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The outbox for operators (bearer admin token, checked by {@link AdminApiGuard}): list actions by state, retry
 * a failed or dead one, cancel a pending one, resume an account paused for re-authorization.
 */
@RestController
class OutboxAdminController {

    private final OutboxActions actions;

    OutboxAdminController(OutboxActions actions) {
        this.actions = actions;
    }

    @GetMapping("/api/admin/actions")
    ResponseEntity<?> list(@RequestParam(defaultValue = "PENDING") String status,
            @RequestParam(defaultValue = "100") int limit) {
        String state = status.toUpperCase();
        if (!OutboxActions.STATES.contains(state)) {
            return ApiError.respond(HttpStatus.BAD_REQUEST, "unknown_status",
                    "status must be one of " + String.join(", ", OutboxActions.STATES.stream().sorted().toList()));
        }
        return ResponseEntity.ok(Map.of("status", state, "actions", actions.list(state, Math.min(Math.max(limit, 1), 1000)),
                "accountsNeedingReauthorization", actions.accountsNeedingReauthorization()));
    }

    @PostMapping("/api/admin/actions/{id}/retry")
    ResponseEntity<?> retry(@PathVariable long id) {
        return actions.retry(id) ? ResponseEntity.ok(Map.of("id", id, "status", "PENDING"))
                : ApiError.respond(HttpStatus.CONFLICT, "not_retryable",
                        "only a FAILED, DEAD or CANCELLED action can be retried (or no action has this id)");
    }

    @PostMapping("/api/admin/actions/{id}/cancel")
    ResponseEntity<?> cancel(@PathVariable long id) {
        return actions.cancel(id) ? ResponseEntity.ok(Map.of("id", id, "status", "CANCELLED"))
                : ApiError.respond(HttpStatus.CONFLICT, "not_cancellable",
                        "only a PENDING action can be cancelled (or no action has this id)");
    }

    @PostMapping("/api/admin/accounts/{accountId}/resume")
    ResponseEntity<?> resume(@PathVariable String accountId) {
        return actions.resumeAccount(accountId) ? ResponseEntity.ok(Map.of("accountId", accountId, "paused", false))
                : ApiError.respond(HttpStatus.CONFLICT, "not_paused", "this account's sends are not paused");
    }

}
