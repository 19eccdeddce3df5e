package io.igbridge.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.igbridge.rules.RuleBook;
import io.igbridge.rules.RuleProblem;
import io.igbridge.rules.RulesFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rules validate <file>}: reads a rules file with the service's own code, as it reads
 * {@code IGBRIDGE_RULES_FILE}, without a running service: OK with the rules it holds, or every problem with its line
 * and column (exit code 1).
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks a rules file as the service would load it (IGBRIDGE_RULES_FILE), without a running "
                + "service: OK and its rules, or each problem at its line and column (exit code 1)."})
final class RulesValidateCommand implements Callable<Integer> {

    static final String PRICES_URL_VARIABLE = "IGBRIDGE_PRICES_URL";
    static final String DEFAULT_PRICES_URL = "https://example.com/prix";

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<file>", description = "The rules file (YAML)")
    Path file;

    RulesValidateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        String pricesUrl = context.variable(PRICES_URL_VARIABLE).orElse(DEFAULT_PRICES_URL);
        RuleBook rules;
        try {
            rules = RuleBook.fromFile(file, pricesUrl, context.clock());
        } catch (RulesFileException invalid) {
            PrintWriter err = spec.commandLine().getErr();
            int count = invalid.problems().size();
            err.println(file + ": invalid, " + count + (count == 1 ? " problem:" : " problems:"));
            for (RuleProblem problem : invalid.problems()) {
                err.println(problem.line() == 0 ? file + ": " + problem.message()
                        : file + ":" + problem.line() + ":" + problem.column() + ": " + problem.message());
            }
            err.flush();
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        int count = rules.ruleCount();
        out.println("OK: " + file + ", " + count + (count == 1 ? " rule" : " rules") + " (in firing order):");
        for (RuleBook.Outline rule : rules.outline()) {
            out.println("  " + rule.name() + " (line " + rule.line() + "): " + String.join(", ", rule.triggers()));
        }
        return 0;
    }
}
