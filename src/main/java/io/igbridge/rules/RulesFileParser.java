package io.igbridge.rules;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.igbridge.rules.Template.Variable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a rules file (YAML, through SnakeYAML's node API so every problem has its line and column) into a
 * {@link RuleSet}, or throws a {@link RulesFileException} listing every problem found.
 */
final class RulesFileParser {

    static final List<String> KEYS = List.of("default_language", "variables", "business_hours", "rules");
    /** The constant the seed guide's price reply uses; its value is the IGBRIDGE_PRICES_URL setting. */
    static final String PRICES_URL = "prices_url";
    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final String pricesUrl;

    RulesFileParser(String pricesUrl) {
        this.pricesUrl = pricesUrl;
    }

    RuleSet parse(String source, String yaml) {
        Problems problems = new Problems();
        Node root = compose(yaml, problems);
        if (root == null) {
            if (problems.isEmpty()) {
                problems.at((Mark) null, "the file is empty; write 'rules: []' for no rules");
            }
            throw new RulesFileException(source, problems.list());
        }
        Optional<YamlMap> file = YamlMap.of(root, "the rules file", KEYS, problems);
        List<Rule> rules = file.map(map -> rules(map, problems)).orElse(List.of());
        if (!problems.isEmpty()) {
            throw new RulesFileException(source, problems.list());
        }
        return new RuleSet(rules);
    }

    private static Node compose(String yaml, Problems problems) {
        try {
            return new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
        } catch (MarkedYAMLException syntax) {
            String context = syntax.getContext() == null ? "" : " (" + syntax.getContext() + ")";
            problems.at(syntax.getProblemMark() != null ? syntax.getProblemMark() : syntax.getContextMark(),
                    "not valid YAML: " + syntax.getProblem() + context);
        } catch (YAMLException unreadable) {
            problems.at((Mark) null, "not valid YAML: " + unreadable.getMessage());
        }
        return null;
    }

    private List<Rule> rules(YamlMap file, Problems problems) {
        FileSettings settings = settings(file, problems);
        TextParser texts = new TextParser(settings, problems);
        RuleParser parser = new RuleParser(new ConditionParser(settings, problems),
                new ActionParser(texts, problems), problems);
        Optional<Node> value = file.required("rules", "the file", problems);
        if (value.isEmpty()) {
            return List.of();
        }
        Node list = value.get();
        if (!(list instanceof SequenceNode sequence)) {
            problems.at(list, "rules must be a list: start each rule with '- ', not " + YamlValues.describe(list));
            return List.of();
        }
        List<Rule> rules = new ArrayList<>();
        for (Node rule : sequence.getValue()) {
            parser.parse(rule).ifPresent(rules::add);
        }
        return rules;
    }

    private FileSettings settings(YamlMap file, Problems problems) {
        Language defaultLanguage = file.value("default_language").flatMap(node -> YamlValues
                .text(node, "default_language", problems)
                .flatMap(code -> {
                    Optional<Language> language = Language.fromCode(code.strip());
                    if (language.isEmpty()) {
                        problems.at(node, "unknown default_language '" + code + "'" + Suggestions.forUnknown(code,
                                Arrays.stream(Language.values()).map(Language::code).toList()));
                    }
                    return language;
                })).orElse(Language.FR);
        Map<String, String> constants = new HashMap<>();
        constants.put(PRICES_URL, pricesUrl);
        file.value("variables").ifPresent(node -> variables(node, constants, problems));
        Optional<BusinessHours> hours = file.value("business_hours")
                .flatMap(node -> new BusinessHoursParser(problems).parse(node));
        return new FileSettings(defaultLanguage, constants, hours, file.has("business_hours"));
    }

    private static void variables(Node node, Map<String, String> constants, Problems problems) {
        if (!(node instanceof MappingNode mapping)) {
            problems.at(node, "variables must be a mapping of names to texts, not " + YamlValues.describe(node));
            return;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            Node key = tuple.getKeyNode();
            Optional<String> name = YamlValues.text(key, "a variable name", problems);
            if (name.isEmpty()) {
                continue;
            }
            boolean reserved = name.get().equals(PRICES_URL)
                    || Arrays.stream(Variable.values()).anyMatch(v -> v.yamlName().equals(name.get()));
            if (!VARIABLE_NAME.matcher(name.get()).matches()) {
                problems.at(key, "variable name '" + name.get() + "' must be letters, digits and _");
            } else if (reserved) {
                problems.at(key, "{" + name.get() + "} is built in" + (name.get().equals(PRICES_URL)
                        ? " (set it with IGBRIDGE_PRICES_URL)" : " (it comes from the event)"));
            } else if (constants.containsKey(name.get())) {
                problems.at(key, "duplicate variable '" + name.get() + "'");
            } else {
                YamlValues.text(tuple.getValueNode(), "variable " + name.get(), problems)
                        .ifPresent(value -> constants.put(name.get(), value));
            }
        }
    }
}
