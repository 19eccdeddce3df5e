package io.igbridge.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.igbridge.rules.Template.Variable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads an action's text: {@code "Bonjour {first_name} !"}, or {@code {fr: "…", en: "…"}}. Every {@code {name}}
 * must be a variable ({@code {username}}, {@code {first_name}}, {@code {text}}) or a constant of the file;
 * other braces are kept as they are.
 */
final class TextParser {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)}");

    private final FileSettings settings;
    private final Problems problems;

    TextParser(FileSettings settings, Problems problems) {
        this.settings = settings;
        this.problems = problems;
    }

    Optional<LocalizedText> parse(Node node, String what) {
        if (node instanceof MappingNode) {
            return variants(node, what);
        }
        return YamlValues.text(node, what, problems)
                .flatMap(text -> template(node, text, what))
                .map(template -> LocalizedText.single(template, settings.defaultLanguage()));
    }

    private Optional<LocalizedText> variants(Node node, String what) {
        List<String> codes = Arrays.stream(Language.values()).map(Language::code).toList();
        Optional<YamlMap> map = YamlMap.of(node, what + " in several languages", codes, problems);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        Map<Language, Template> variants = new EnumMap<>(Language.class);
        boolean complete = true;
        for (String code : map.get().keys()) {
            Node variant = map.get().value(code).orElseThrow();
            Optional<Template> template = YamlValues.text(variant, what + " (" + code + ")", problems)
                    .flatMap(text -> template(variant, text, what));
            template.ifPresent(value -> variants.put(Language.fromCode(code).orElseThrow(), value));
            complete &= template.isPresent();
        }
        Language fallback = settings.defaultLanguage();
        if (!variants.containsKey(fallback)) {
            if (complete) {
                problems.at(node, what + " has no " + fallback.code() + " text, the default_language's, used when"
                        + " the customer's language can't be guessed");
            }
            return Optional.empty();
        }
        return Optional.of(new LocalizedText(variants, fallback));
    }

    private Optional<Template> template(Node node, String text, String what) {
        List<Template.Segment> segments = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        Matcher matcher = PLACEHOLDER.matcher(text);
        int end = 0;
        boolean valid = true;
        while (matcher.find()) {
            literal.append(text, end, matcher.start());
            end = matcher.end();
            String name = matcher.group(1);
            Optional<Variable> variable = Arrays.stream(Variable.values())
                    .filter(candidate -> candidate.yamlName().equals(name)).findFirst();
            if (variable.isPresent()) {
                if (!literal.isEmpty()) {
                    segments.add(new Template.Literal(literal.toString()));
                    literal.setLength(0);
                }
                segments.add(new Template.Placeholder(variable.get()));
            } else if (settings.constants().containsKey(name)) {
                literal.append(settings.constants().get(name));
            } else {
                problems.at(node, "unknown variable {" + name + "} in " + what + Suggestions.forUnknown(name, known()));
                valid = false;
            }
        }
        literal.append(text.substring(end));
        if (!literal.isEmpty()) {
            segments.add(new Template.Literal(literal.toString()));
        }
        return valid ? Optional.of(new Template(segments)) : Optional.empty();
    }

    private List<String> known() {
        var names = new TreeSet<>(settings.constants().keySet());
        Arrays.stream(Variable.values()).map(Variable::yamlName).forEach(names::add);
        return List.copyOf(names);
    }
}
