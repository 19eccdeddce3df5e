package io.igbridge.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/** The problems found while reading a rules file, each at the line and column of the YAML node it is about. */
final class Problems {

    private final List<RuleProblem> found = new ArrayList<>();

    void at(Node node, String message) {
        at(node.getStartMark(), message);
    }

    void at(Mark mark, String message) {
        found.add(mark == null ? new RuleProblem(0, 0, message)
                : new RuleProblem(mark.getLine() + 1, mark.getColumn() + 1, message));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    int count() {
        return found.size();
    }

    /** In file order. */
    List<RuleProblem> list() {
        return found.stream()
                .sorted(Comparator.comparingInt(RuleProblem::line).thenComparingInt(RuleProblem::column))
                .toList();
    }
}
