package io.igbridge.rules;

import java.util.List;
import java.util.stream.Collectors;

/** A rules file that can't be used, with every problem found in it (not just the first), each with its line. */
public class RulesFileException extends RuntimeException {

    private final String source;
    private final List<RuleProblem> problems;

    public RulesFileException(String source, List<RuleProblem> problems) {
        super(describe(source, problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /** The file (or resource) the problems are in. */
    public String source() {
        return source;
    }

    public List<RuleProblem> problems() {
        return problems;
    }

    private static String describe(String source, List<RuleProblem> problems) {
        String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
        return "Rules file " + source + " has " + count + ":" + problems.stream()
                .map(problem -> "\n  " + problem)
                .collect(Collectors.joining());
    }
}
