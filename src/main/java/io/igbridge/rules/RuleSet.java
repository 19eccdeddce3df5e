package io.igbridge.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The rules of one file, indexed by trigger, each list in firing order: higher priority first, then file order. */
final class RuleSet {

    private final List<Rule> rules;
    private final Map<Trigger, List<Rule>> byTrigger = new EnumMap<>(Trigger.class);

    RuleSet(List<Rule> rulesInFileOrder) {
        List<Rule> ordered = new ArrayList<>(rulesInFileOrder);
        ordered.sort(Comparator.comparingInt(Rule::priority).reversed());
        this.rules = List.copyOf(ordered);
        for (Trigger trigger : Trigger.values()) {
            byTrigger.put(trigger, rules.stream().filter(rule -> rule.triggers().contains(trigger)).toList());
        }
    }

    List<Rule> rulesFor(Trigger trigger) {
        return byTrigger.get(trigger);
    }

    /** Every rule in firing order. */
    List<Rule> rules() {
        return rules;
    }
}
