package io.igbridge.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads typed values from YAML nodes, reporting a wrong type at the node. Text is any non-empty scalar, so a
 * keyword {@code no} or {@code 10} (which YAML would read as a boolean or a number) stays the text as written.
 */
final class YamlValues {

    private YamlValues() {
    }

    static Optional<String> text(Node node, String what, Problems problems) {
        if (!(node instanceof ScalarNode scalar) || Tag.NULL.equals(node.getTag())) {
            problems.at(node, what + " must be a text, not " + describe(node));
            return Optional.empty();
        }
        if (scalar.getValue().isBlank()) {
            problems.at(node, what + " must not be empty");
            return Optional.empty();
        }
        return Optional.of(scalar.getValue());
    }

    static Optional<Boolean> bool(Node node, String what, Problems problems) {
        if (!Tag.BOOL.equals(node.getTag())) {
            problems.at(node, what + " must be true or false, not " + describe(node));
            return Optional.empty();
        }
        String value = ((ScalarNode) node).getValue().toLowerCase(Locale.ROOT);
        return Optional.of(value.equals("true") || value.equals("yes") || value.equals("on") || value.equals("y"));
    }

    static Optional<Integer> integer(Node node, String what, Problems problems) {
        if (Tag.INT.equals(node.getTag())) {
            try {
                return Optional.of(Integer.parseInt(((ScalarNode) node).getValue().replace("_", "")));
            } catch (NumberFormatException tooLargeOrNotDecimal) {
                // reported below
            }
        }
        problems.at(node, what + " must be a whole number, not " + describe(node));
        return Optional.empty();
    }

    /** One text, or a list of texts: {@code trigger: dm} and {@code trigger: [dm, comment]} alike. */
    static List<ScalarNode> texts(Node node, String what, Problems problems) {
        List<Node> items = node instanceof SequenceNode sequence ? sequence.getValue() : List.of(node);
        if (items.isEmpty()) {
            problems.at(node, what + " must not be an empty list");
        }
        List<ScalarNode> texts = new ArrayList<>();
        for (Node item : items) {
            if (text(item, what, problems).isPresent()) {
                texts.add((ScalarNode) item);
            }
        }
        return texts;
    }

    /** How a node looks, for messages: "a list", "a mapping", "'abc'", "nothing". */
    static String describe(Node node) {
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (Tag.NULL.equals(node.getTag())) {
            return "nothing";
        }
        return "'" + ((ScalarNode) node).getValue() + "'";
    }
}
