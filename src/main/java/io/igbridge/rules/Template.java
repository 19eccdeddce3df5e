package io.igbridge.rules;

import java.util.List;
import java.util.Map;

/**
 * A reply text with its variables, split once at load time. The file's constants ({@code {prices_url}}, its
 * {@code variables}) are already literal text; only the event's variables remain.
 */
record Template(List<Segment> segments) {

    Template {
        segments = List.copyOf(segments);
    }

    /** The variables that come from the event being answered. */
    enum Variable {
        USERNAME("username"), FIRST_NAME("first_name"), TEXT("text");

        private final String yamlName;

        Variable(String yamlName) {
            this.yamlName = yamlName;
        }

        String yamlName() {
            return yamlName;
        }
    }

    sealed interface Segment {
    }

    record Literal(String text) implements Segment {
    }

    record Placeholder(Variable variable) implements Segment {
    }

    /**
     * The text with the values put in. A missing value leaves no gap: "Bonjour {first_name} !" becomes
     * "Bonjour !", "{first_name}, merci" becomes "merci", "Merci @{username} !" becomes "Merci !"; the result
     * is stripped.
     */
    String render(Map<Variable, String> values) {
        StringBuilder out = new StringBuilder();
        boolean dropLeadingPunctuation = false;
        for (Segment segment : segments) {
            if (segment instanceof Literal literal) {
                String text = literal.text();
                if (dropLeadingPunctuation) {
                    text = text.replaceFirst("^[ \\t]*[,;:]?", "");
                    dropLeadingPunctuation = false;
                }
                out.append(text);
            } else if (segment instanceof Placeholder placeholder) {
                String value = values.get(placeholder.variable());
                if (value != null && !value.isBlank()) {
                    out.append(value.strip());
                } else {
                    if (!out.isEmpty() && out.charAt(out.length() - 1) == '@') {
                        out.setLength(out.length() - 1);
                    }
                    trimTrailingBlanks(out);
                    dropLeadingPunctuation = out.isEmpty() || out.charAt(out.length() - 1) == '\n';
                }
            }
        }
        return out.toString().strip();
    }

    private static void trimTrailingBlanks(StringBuilder out) {
        int end = out.length();
        while (end > 0 && (out.charAt(end - 1) == ' ' || out.charAt(end - 1) == '\t')) {
            end--;
        }
        out.setLength(end);
    }
}
