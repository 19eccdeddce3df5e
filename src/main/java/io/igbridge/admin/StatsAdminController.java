package io.igbridge.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import io.igbridge.webhook.ApiError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/admin/stats?days=N[&account=ID]} (bearer admin token, checked by {@link AdminApiGuard}) and, for the web UI's
 * dashboard, {@code /ui/api/stats} (a logged-in agent): the figures for the last N days up to today (UTC), per day,
 * per ISO week and in total; of every account, or of {@code ?account=}.
 */
@RestController
class StatsAdminController {

    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 366;

    private final DashboardStatistics statistics;
    private final Clock clock;

    StatsAdminController(DashboardStatistics statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    @GetMapping({"/api/admin/stats", "/ui/api/stats"})
    ResponseEntity<?> stats(@RequestParam(required = false) String days,
            @RequestParam(required = false) String account) {
        int period = days == null ? DEFAULT_DAYS : parse(days);
        if (period < 1 || period > MAX_DAYS) {
            return ApiError.respond(HttpStatus.BAD_REQUEST, "invalid_days", "days must be a whole number from 1 to "
                    + MAX_DAYS + " (default " + DEFAULT_DAYS + ")");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return ResponseEntity.ok(statistics.over(today.minusDays(period - 1L), today,
                account == null || account.isBlank() ? null : account.strip()));
    }

    /** The number of days asked for; 0 when it is not a number of at most 3 digits. */
    private static int parse(String days) {
        return days.matches("[0-9]{1,3}") ? Integer.parseInt(days) : 0;
    }
}
