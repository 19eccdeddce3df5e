package io.igbridge.diagnostics;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/admin/diagnostics} (bearer admin token, like every {@code /api/admin/**} path): the self-check's
 * findings, and {@code healthy} when none is an error. Always 200: a broken configuration is the answer, not a
 * failure of the endpoint.
 */
@RestController
class DiagnosticsController {

    private final SelfCheck check;
    private final AddedAccountsCheck addedAccounts;
    private final Clock clock;

    DiagnosticsController(SelfCheck check, AddedAccountsCheck addedAccounts, Clock clock) {
        this.check = check;
        this.addedAccounts = addedAccounts;
        this.clock = clock;
    }

    @GetMapping("/api/admin/diagnostics")
    Diagnosis diagnose() {
        List<Finding> findings = new java.util.ArrayList<>(check.run());
        findings.addAll(addedAccounts.run());
        return new Diagnosis(findings.stream().noneMatch(finding -> finding.severity() == Finding.Severity.ERROR),
                clock.instant(), findings);
    }

    record Diagnosis(boolean healthy, Instant checkedAt, List<Finding> findings) {
    }
}
