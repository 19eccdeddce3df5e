package io.igbridge.admin;

import io.igbridge.lifecycle.ContactEraser;
import io.igbridge.webhook.ApiError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's right to erasure (GDPR): {@code DELETE /api/admin/contacts/{accountId}/{userId}} removes everything
 * stored about them for that account and answers what was removed, per table (admin token, {@link AdminApiGuard}).
 */
@RestController
class ContactAdminController {

    private final ContactEraser eraser;

    ContactAdminController(ContactEraser eraser) {
        this.eraser = eraser;
    }

    @DeleteMapping("/api/admin/contacts/{accountId}/{userId}")
    ResponseEntity<?> delete(@PathVariable String accountId, @PathVariable String userId) {
        return eraser.delete(accountId, userId).<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(() ->
                ApiError.respond(HttpStatus.NOT_FOUND, "unknown_contact",
                        "Nothing is stored about this contact for this account."));
    }
}
