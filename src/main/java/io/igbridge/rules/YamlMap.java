package io.igbridge.rules;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A YAML mapping whose keys were checked: unknown and duplicate keys are reported (with a suggestion for a
 * misspelt one) and left out.
 */
final class YamlMap {

    private final Node node;
    private final Map<String, NodeTuple> entries;
    private final Set<String> misspelt;

    private YamlMap(Node node, Map<String, NodeTuple> entries, Set<String> misspelt) {
        this.node = node;
        this.entries = entries;
        this.misspelt = misspelt;
    }

    /** The mapping, or empty (with a problem reported) when {@code node} is not one. */
    static Optional<YamlMap> of(Node node, String what, List<String> allowedKeys, Problems problems) {
        if (!(node instanceof MappingNode mapping)) {
            problems.at(node, what + " must be a mapping of keys to values (" + String.join(", ", allowedKeys)
                    + "), not " + YamlValues.describe(node));
            return Optional.empty();
        }
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        Set<String> misspelt = new HashSet<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                problems.at(tuple.getKeyNode(), "a key in " + what + " must be a plain name");
                continue;
            }
            String key = keyNode.getValue();
            if (!allowedKeys.contains(key)) {
                problems.at(keyNode, "unknown key '" + key + "' in " + what + Suggestions.forUnknown(key, allowedKeys));
                Suggestions.closest(key, allowedKeys).ifPresent(misspelt::add);
            } else if (entries.containsKey(key)) {
                problems.at(keyNode, "duplicate key '" + key + "' in " + what + " (first on line "
                        + (entries.get(key).getKeyNode().getStartMark().getLine() + 1) + ")");
            } else {
                entries.put(key, tuple);
            }
        }
        return Optional.of(new YamlMap(node, entries, misspelt));
    }

    Node node() {
        return node;
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    /**
     * Reports a missing key the mapping needs, unless it is there misspelt (that was reported already).
     *
     * @return the key's value, when present
     */
    Optional<Node> required(String key, String what, Problems problems) {
        if (!has(key) && !misspelt.contains(key)) {
            problems.at(node, what + " needs " + key);
        }
        return value(key);
    }

    Optional<Node> value(String key) {
        return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
    }

    /** The node of the key itself, for problems about the key's presence (empty when absent). */
    Optional<Node> key(String key) {
        return Optional.ofNullable(entries.get(key)).map(NodeTuple::getKeyNode);
    }

    /** The keys present, in file order. */
    List<String> keys() {
        return List.copyOf(entries.keySet());
    }
}
