package io.igbridge.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.servlet.http.HttpServletResponse;

import io.igbridge.leads.Leads;
import io.igbridge.webhook.ApiError;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The leads for operators (bearer admin token, checked by {@link AdminApiGuard}): a page of them as JSON, newest
 * first, or all of them as a CSV file; of every account, or of {@code ?account=}.
 */
@RestController
class LeadsAdminController {

    private final Leads leads;
    private final Clock clock;

    LeadsAdminController(Leads leads, Clock clock) {
        this.leads = leads;
        this.clock = clock;
    }

    @GetMapping({"/api/admin/leads", "/ui/api/leads"})
    ResponseEntity<?> list(@RequestParam(required = false) String account,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > Leads.MAX_PAGE_SIZE) {
            return ApiError.respond(HttpStatus.BAD_REQUEST, "invalid_page",
                    "page must be 0 or more and size 1 to " + Leads.MAX_PAGE_SIZE);
        }
        return ResponseEntity.ok(leads.page(account, page, size));
    }

    @GetMapping({"/api/admin/leads.csv", "/ui/api/leads.csv"})
    void csv(@RequestParam(required = false) String account, HttpServletResponse response) throws IOException {
        String date = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString();
        response.setContentType("text/csv; charset=utf-8; header=present");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("igbridge-leads-" + date + ".csv").build().toString());
        leads.exportCsv(account, response.getWriter());
    }
}
