package io.igbridge.admin;

import java.util.List;

import io.igbridge.inbox.AgentRefusal;
import io.igbridge.webhook.ApiError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** An agent's request that can't be done answers the JSON error with the reason, for the UI to show. */
@RestControllerAdvice(assignableTypes = {InboxUiController.class, CommentsUiController.class})
class UiErrors {

    @ExceptionHandler(AgentRefusal.class)
    ResponseEntity<ApiError> refused(AgentRefusal refusal) {
        HttpStatus status = "not_found".equals(refusal.code()) ? HttpStatus.NOT_FOUND
                : List.of("empty", "too_long", "bad_filter").contains(refusal.code()) ? HttpStatus.BAD_REQUEST
                : HttpStatus.CONFLICT;
        return ApiError.respond(status, refusal.code(), refusal.getMessage());
    }
}
