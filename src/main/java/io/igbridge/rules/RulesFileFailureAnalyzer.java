package io.igbridge.rules;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Start-up with a broken rules file ends with the problems and their lines, not a stack trace. */
class RulesFileFailureAnalyzer extends AbstractFailureAnalyzer<RulesFileException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RulesFileException cause) {
        return new FailureAnalysis(cause.getMessage(), "Fix the rules file " + cause.source() + " (IGBRIDGE_RULES_FILE)"
                + ", or unset IGBRIDGE_RULES_FILE to start with the built-in rules. While the service runs, a broken"
                + " file is reported instead and the previous rules stay in force.", cause);
    }
}
