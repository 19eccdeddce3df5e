package io.igbridge.admin;

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
        return answer(refusal);
    }

    /** The JSON error of a refusal, its status from its kind: 400, 404 or 409. */
    static ResponseEntity<ApiError> answer(AgentRefusal refusal) {
        HttpStatus status = switch (refusal.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        return ApiError.respond(status, refusal.code(), refusal.getMessage());
    }
}
