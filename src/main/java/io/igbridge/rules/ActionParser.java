package io.igbridge.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.igbridge.outbox.ContactField;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a rule's {@code actions}: a list whose items are {@code - reply_dm: "…"}, {@code - tag: vip},
 * {@code - notify: {text: "…", group: support}}, {@code - hide_comment}, …
 */
final class ActionParser {

    private static final List<String> NAMES = Arrays.stream(ActionKind.values()).map(ActionKind::yamlName).toList();
    private static final List<ContactField> ALL_FIELDS = List.of(ContactField.values());
    private static final List<String> FIELD_NAMES = ALL_FIELDS.stream()
            .map(field -> field.name().toLowerCase(Locale.ROOT)).toList();

    private final TextParser texts;
    private final Problems problems;

    ActionParser(TextParser texts, Problems problems) {
        this.texts = texts;
        this.problems = problems;
    }

    /** @param triggers the rule's triggers; empty when they are invalid (then nothing is checked against them) */
    List<ActionSpec> parse(Node node, Set<Trigger> triggers, String ruleName) {
        if (!(node instanceof SequenceNode sequence)) {
            problems.at(node, "actions must be a list: start each action with '- ', not " + YamlValues.describe(node));
            return List.of();
        }
        if (sequence.getValue().isEmpty()) {
            problems.at(node, "a rule needs at least one action");
            return List.of();
        }
        List<ActionSpec> actions = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            action(item, triggers, ruleName).ifPresent(actions::add);
        }
        List<Node> privateReplies = sequence.getValue().stream().filter(item -> "private_reply".equals(name(item)))
                .toList();
        if (privateReplies.size() > 1) {
            problems.at(privateReplies.get(1), "a rule can send one private_reply: Meta delivers only one private"
                    + " reply per comment");
        }
        return actions;
    }

    private Optional<ActionSpec> action(Node item, Set<Trigger> triggers, String ruleName) {
        Node value;
        Node nameNode;
        if (item instanceof ScalarNode scalar && !Tag.NULL.equals(scalar.getTag())) {
            nameNode = scalar;
            value = null;
        } else if (item instanceof MappingNode mapping && mapping.getValue().size() == 1) {
            NodeTuple only = mapping.getValue().get(0);
            nameNode = only.getKeyNode();
            value = only.getValueNode();
        } else {
            problems.at(item, "each action is one '- name: value' item (e.g. - reply_dm: \"Bonjour !\"), not "
                    + YamlValues.describe(item) + (item instanceof MappingNode ? " with several keys" : ""));
            return Optional.empty();
        }
        String name = nameNode instanceof ScalarNode scalar ? scalar.getValue() : "";
        Optional<ActionKind> kind = Arrays.stream(ActionKind.values()).filter(k -> k.yamlName().equals(name))
                .findFirst();
        if (kind.isEmpty()) {
            problems.at(nameNode, "unknown action '" + name + "'" + Suggestions.forUnknown(name, NAMES));
            return Optional.empty();
        }
        checkAnswers(kind.get(), triggers, nameNode);
        return spec(kind.get(), value, nameNode, ruleName);
    }

    private void checkAnswers(ActionKind kind, Set<Trigger> triggers, Node nameNode) {
        Set<Trigger> unanswerable = EnumSet.noneOf(Trigger.class);
        triggers.stream().filter(trigger -> !kind.triggers().contains(trigger)).forEach(unanswerable::add);
        if (!unanswerable.isEmpty()) {
            String hint = kind == ActionKind.REPLY_DM && (unanswerable.contains(Trigger.COMMENT)
                    || unanswerable.contains(Trigger.LIVE_COMMENT))
                    ? "; answer a comment's author in private with private_reply"
                    : "; list the triggers it can answer: " + ConditionParser.names(kind.triggers());
            problems.at(nameNode, kind.yamlName() + " can't answer trigger " + ConditionParser.names(unanswerable)
                    + hint);
        }
    }

    private Optional<ActionSpec> spec(ActionKind kind, Node value, Node nameNode, String ruleName) {
        String what = kind.yamlName();
        if (kind == ActionKind.HIDE_COMMENT) {
            if (value != null && !Tag.NULL.equals(value.getTag())
                    && !YamlValues.bool(value, what, problems).orElse(true)) {
                problems.at(value, "hide_comment: false does nothing; remove the action");
            }
            return Optional.of(new ActionSpec(kind, null, null));
        }
        if (kind == ActionKind.ESCALATE) {
            String reason = value == null || Tag.NULL.equals(value.getTag()) ? "rule " + ruleName
                    : YamlValues.text(value, what, problems).map(String::strip).orElse("rule " + ruleName);
            return Optional.of(new ActionSpec(kind, null, reason));
        }
        if (value == null) {
            problems.at(nameNode, what + " needs a " + (kind == ActionKind.TAG ? "tag name" : "text")
                    + ", e.g. - " + what + ": " + (kind == ActionKind.TAG ? "vip" : "\"…\""));
            return Optional.empty();
        }
        if (kind == ActionKind.TAG) {
            return YamlValues.text(value, "tag", problems).map(tag -> new ActionSpec(kind, null, tag.strip()));
        }
        if (kind == ActionKind.ASK_CONTACT) {
            return askContact(value, ruleName);
        }
        if (value instanceof MappingNode mapping && hasKey(mapping, "text")) {
            List<String> keys = kind == ActionKind.NOTIFY ? List.of("text", "group") : List.of("text");
            Optional<YamlMap> map = YamlMap.of(value, what, keys, problems);
            Optional<String> group = map.flatMap(m -> m.value("group"))
                    .flatMap(node -> YamlValues.text(node, "group", problems));
            return map.flatMap(m -> m.value("text")).flatMap(text -> texts.parse(text, what))
                    .map(text -> new ActionSpec(kind, text, group.orElse(ruleName).strip()));
        }
        return texts.parse(value, what).map(text -> new ActionSpec(kind, text, ruleName));
    }

    /**
     * {@code ask_contact: "…"}, {@code ask_contact: {fr: "…", en: "…"}} or
     * {@code ask_contact: {text: …, fields: [email, phone]}}; the fields default to both.
     */
    private Optional<ActionSpec> askContact(Node value, String ruleName) {
        String what = ActionKind.ASK_CONTACT.yamlName();
        if (!(value instanceof MappingNode mapping) || !hasKey(mapping, "text") && !hasKey(mapping, "fields")) {
            return texts.parse(value, what)
                    .map(text -> new ActionSpec(ActionKind.ASK_CONTACT, text, ruleName, ALL_FIELDS));
        }
        Optional<YamlMap> map = YamlMap.of(value, what, List.of("text", "fields"), problems);
        List<ContactField> fields = map.flatMap(m -> m.value("fields")).map(this::contactFields).orElse(ALL_FIELDS);
        return map.flatMap(m -> m.required("text", what, problems)).flatMap(text -> texts.parse(text, what))
                .map(text -> new ActionSpec(ActionKind.ASK_CONTACT, text, ruleName, fields));
    }

    private List<ContactField> contactFields(Node node) {
        Set<ContactField> fields = new LinkedHashSet<>(); // in the file's order: the order of the buttons
        for (ScalarNode item : YamlValues.texts(node, "fields", problems)) {
            String name = item.getValue().strip();
            Optional<ContactField> field = Arrays.stream(ContactField.values())
                    .filter(candidate -> candidate.name().toLowerCase(Locale.ROOT).equals(name)).findFirst();
            if (field.isEmpty()) {
                problems.at(item, "unknown field '" + name + "' in ask_contact" + Suggestions.forUnknown(name,
                        FIELD_NAMES));
            } else if (!fields.add(field.get())) {
                problems.at(item, "field '" + name + "' is listed twice in ask_contact");
            }
        }
        return List.copyOf(fields);
    }

    private static boolean hasKey(MappingNode mapping, String key) {
        return mapping.getValue().stream()
                .anyMatch(tuple -> tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key));
    }

    private static String name(Node item) {
        if (item instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        if (item instanceof MappingNode mapping && mapping.getValue().size() == 1
                && mapping.getValue().get(0).getKeyNode() instanceof ScalarNode key) {
            return key.getValue();
        }
        return null;
    }
}
