package io.igbridge.rules;

import java.util.EnumMap;
import java.util.Map;

import io.igbridge.rules.Template.Variable;

/**
 * An action's text: one template, or one per language ({@code {fr: …, en: …}}). The customer's guessed
 * language picks the variant; when it can't be guessed or has no variant, {@code fallback} (the file's
 * {@code default_language}, whose variant validation requires) is used.
 */
record LocalizedText(Map<Language, Template> variants, Language fallback) {

    LocalizedText {
        variants = Map.copyOf(variants);
        if (!variants.containsKey(fallback)) {
            throw new IllegalArgumentException("no " + fallback.code() + " text");
        }
    }

    static LocalizedText single(Template template, Language fallback) {
        return new LocalizedText(Map.of(fallback, template), fallback);
    }

    String render(RuleContext context) {
        Template template = variants.size() == 1 ? variants.get(fallback)
                : variants.get(context.language().filter(variants::containsKey).orElse(fallback));
        RuleInput input = context.input();
        Map<Variable, String> values = new EnumMap<>(Variable.class);
        putIfSet(values, Variable.USERNAME, input.username());
        putIfSet(values, Variable.FIRST_NAME, input.firstName());
        putIfSet(values, Variable.TEXT, context.event().text());
        return template.render(values);
    }

    private static void putIfSet(Map<Variable, String> values, Variable variable, String value) {
        if (value != null) {
            values.put(variable, value);
        }
    }
}
