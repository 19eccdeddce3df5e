package io.igbridge.admin;

import java.time.Instant;
import java.util.List;

import io.igbridge.rules.RuleBook;
import io.igbridge.rules.RuleProblem;
import io.igbridge.rules.RulesFileException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The auto-reply rules in force (bearer admin token, checked by {@link AdminApiGuard}): where they come from, when
 * they were loaded, and the problems of a rules file that could not be loaded (the previous rules stay in force).
 */
@RestController
class RulesAdminController {

    private final RuleBook ruleBook;

    RulesAdminController(RuleBook ruleBook) {
        this.ruleBook = ruleBook;
    }

    @GetMapping("/api/admin/rules")
    RulesStatus status() {
        return describe(ruleBook.lastReloadError().orElse(null));
    }

    /** Reloads the rules file now; a file with problems is reported and the previous rules stay in force. */
    @PostMapping("/api/admin/rules/reload")
    RulesStatus reload() {
        return describe(ruleBook.reload().orElse(null));
    }

    private RulesStatus describe(RulesFileException problem) {
        return new RulesStatus(ruleBook.source(), ruleBook.ruleCount(), ruleBook.loadedAt(),
                problem == null ? List.of() : problem.problems());
    }

    record RulesStatus(String source, int rules, Instant loadedAt, List<RuleProblem> lastReloadProblems) {
    }
}
