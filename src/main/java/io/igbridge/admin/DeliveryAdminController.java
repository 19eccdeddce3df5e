package io.igbridge.admin;

import io.igbridge.processing.DeliveryProcessor;
import io.igbridge.webhook.ApiError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Replays a stored delivery (bearer admin token, checked by {@link AdminApiGuard}). */
@RestController
class DeliveryAdminController {

    private final DeliveryProcessor processor;

    DeliveryAdminController(DeliveryProcessor processor) {
        this.processor = processor;
    }

    @PostMapping("/api/admin/deliveries/{id}/replay")
    ResponseEntity<?> replay(@PathVariable long id) {
        return processor.replay(id).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ApiError.respond(HttpStatus.NOT_FOUND, "not_found", "no delivery has this id"));
    }
}
