package io.igbridge.rules;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads one rule of a file's {@code rules} list. One instance per file: it checks that names are unique. */
final class RuleParser {

    static final List<String> KEYS = List.of("name", "enabled", "trigger", "priority", "stop", "cooldown", "when",
            "actions");
    static final String ANY = "any";
    private static final int MAX_NAME_LENGTH = 100;

    private final ConditionParser conditions;
    private final ActionParser actions;
    private final Problems problems;
    private final Map<String, Integer> lineOfName = new HashMap<>();

    RuleParser(ConditionParser conditions, ActionParser actions, Problems problems) {
        this.conditions = conditions;
        this.actions = actions;
        this.problems = problems;
    }

    /** The rule, or empty when it is invalid (its problems reported) or not enabled. */
    Optional<Rule> parse(Node node) {
        Optional<YamlMap> read = YamlMap.of(node, "a rule", KEYS, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        YamlMap rule = read.get();
        int errorsBefore = problems.count();
        Optional<String> name = name(rule);
        String label = name.map(value -> "rule '" + value + "'").orElse("a rule");
        Set<Trigger> triggers = required(rule, "trigger", label).map(this::triggers).orElse(Set.of());
        boolean enabled = rule.value("enabled").flatMap(value -> YamlValues.bool(value, "enabled", problems))
                .orElse(true);
        int priority = rule.value("priority").flatMap(value -> YamlValues.integer(value, "priority", problems))
                .orElse(0);
        boolean stop = rule.value("stop").flatMap(value -> YamlValues.bool(value, "stop", problems)).orElse(true);
        Duration cooldown = rule.value("cooldown").flatMap(this::cooldown).orElse(null);
        List<Condition> when = rule.value("when").map(value -> conditions.parse(value, triggers)).orElse(List.of());
        List<ActionSpec> then = required(rule, "actions", label)
                .map(value -> actions.parse(value, triggers, name.orElse(""))).orElse(List.of());
        if (problems.count() > errorsBefore || !enabled) {
            return Optional.empty();
        }
        return Optional.of(new Rule(name.orElseThrow(), node.getStartMark().getLine() + 1, triggers, priority, stop,
                cooldown, when, then));
    }

    private Optional<Node> required(YamlMap rule, String key, String label) {
        return rule.required(key, label, problems);
    }

    private Optional<String> name(YamlMap rule) {
        return required(rule, "name", "a rule").flatMap(node -> YamlValues.text(node, "name", problems).filter(name -> {
            String trimmed = name.strip();
            if (trimmed.length() > MAX_NAME_LENGTH) {
                problems.at(node, "name must be at most " + MAX_NAME_LENGTH + " characters");
                return false;
            }
            Integer firstLine = lineOfName.putIfAbsent(trimmed, node.getStartMark().getLine() + 1);
            if (firstLine != null) {
                problems.at(node, "another rule is named '" + trimmed + "' (line " + firstLine + "); names must be"
                        + " unique, cooldowns and decisions are kept by name");
                return false;
            }
            return true;
        }).map(String::strip));
    }

    private Set<Trigger> triggers(Node node) {
        List<String> names = new ArrayList<>(Arrays.stream(Trigger.values()).map(Trigger::yamlName).toList());
        names.add(ANY);
        Set<Trigger> triggers = EnumSet.noneOf(Trigger.class);
        boolean valid = true;
        for (ScalarNode item : YamlValues.texts(node, "trigger", problems)) {
            String name = item.getValue().strip();
            if (name.equals(ANY)) {
                triggers.addAll(EnumSet.allOf(Trigger.class));
                continue;
            }
            Optional<Trigger> trigger = Arrays.stream(Trigger.values()).filter(t -> t.yamlName().equals(name))
                    .findFirst();
            trigger.ifPresent(triggers::add);
            if (trigger.isEmpty()) {
                problems.at(item, "unknown trigger '" + name + "'" + Suggestions.forUnknown(name, names));
                valid = false;
            }
        }
        return valid ? triggers : Set.of();
    }

    private Optional<Duration> cooldown(Node node) {
        return YamlValues.text(node, "cooldown", problems).flatMap(text -> {
            Optional<Duration> duration = DurationText.parse(text);
            if (duration.isEmpty()) {
                problems.at(node, "cooldown must be a duration such as 24h, 30m, 7d or 1h30m, not '" + text + "'");
            } else if (duration.get().isNegative() || duration.get().isZero()) {
                problems.at(node, "cooldown must be longer than zero; leave it out for no cooldown");
                return Optional.empty();
            }
            return duration;
        });
    }
}
