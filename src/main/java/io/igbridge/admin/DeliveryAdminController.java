package io.igbridge.admin;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.igbridge.processing.DeliveryProcessor;
import io.igbridge.webhook.ApiError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lists the stored deliveries received since an instant, and replays one (bearer admin token, checked by
 * {@link AdminApiGuard}).
 */
@RestController
class DeliveryAdminController {

    private final DeliveryProcessor processor;
    private final DeliveryListing listing;

    DeliveryAdminController(DeliveryProcessor processor, DeliveryListing listing) {
        this.processor = processor;
        this.listing = listing;
    }

    /**
     * A page of the deliveries received at or after {@code since} (an ISO-8601 instant; every delivery without it),
     * in id order, from the one after {@code after}: {@code {"deliveries": [{id, status, receivedAt, test}], "next":
     * <the after of the next page, null on the last>}}.
     */
    @GetMapping("/api/admin/deliveries")
    ResponseEntity<?> list(@RequestParam(required = false) String since, @RequestParam(defaultValue = "0") long after,
            @RequestParam(defaultValue = "100") int limit) {
        Instant from;
        try {
            from = since == null ? Instant.EPOCH : Instant.parse(since);
        } catch (DateTimeParseException notAnInstant) {
            return ApiError.respond(HttpStatus.BAD_REQUEST, "invalid_since",
                    "since must be an ISO-8601 instant, e.g. 2026-11-24T08:00:00Z");
        }
        if (limit < 1 || limit > DeliveryListing.MAX_PAGE_SIZE) {
            return ApiError.respond(HttpStatus.BAD_REQUEST, "invalid_limit",
                    "limit must be 1 to " + DeliveryListing.MAX_PAGE_SIZE);
        }
        List<DeliveryListing.ListedDelivery> page = listing.receivedSince(from, after, limit);
        Long next = page.size() < limit ? null : page.get(page.size() - 1).id();
        return ResponseEntity.ok(new DeliveryPage(page, next));
    }

    record DeliveryPage(List<DeliveryListing.ListedDelivery> deliveries, Long next) {
    }

    @PostMapping("/api/admin/deliveries/{id}/replay")
    ResponseEntity<?> replay(@PathVariable long id) {
        return processor.replay(id).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ApiError.respond(HttpStatus.NOT_FOUND, "not_found", "no delivery has this id"));
    }
}
